#include "config.h"

#include "chat/attachments.h"
#include "models/modelcatalog.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace {

struct KeyInfo
{
    QString path;
    QVariant defaultValue;
};

// One row per Config::Key, in enum order: where it lives in the settings file and its default.
const QList<KeyInfo> &keyTable()
{
    static const QList<KeyInfo> table = {
        { u"Network/ActiveEndpoint"_s, Endpoint::deepInfra().name },
        { u"Network/StallTimeoutMs"_s, 60000 },
        { u"Chat/LastModel"_s, ModelCatalog::defaultChatModel() },
        { u"Chat/SystemPrompt"_s, QString() },
        { u"Chat/Temperature"_s, -1.0 },
        { u"Chat/MaxTokens"_s, 0 },
        { u"Chat/TopP"_s, -1.0 },
        { u"Chat/ParametersExpanded"_s, false },
        { u"GUI/WindowGeometry"_s, QByteArray() },
        { u"GUI/WindowState"_s, QByteArray() },
        { u"GUI/ChatSplitterState"_s, QByteArray() },
        { u"GUI/CurrentTab"_s, 0 },
        { u"GUI/SidebarState"_s, QByteArray() },
        { u"Models/Favorites"_s, QStringList() },
        { u"Models/Recent"_s, QStringList() },
        { u"Models/ShowDeprecated"_s, false },
        { u"GUI/Theme"_s, u"system"_s },
        { u"Rerank/LastSet"_s, qint64(0) },
        { u"Chat/Options"_s, QString() },
        { u"Chat/ImageMaxSide"_s, Attachments::DefaultMaxSide },
        { u"Evaluate/Systems"_s, QString() },
    };
    Q_ASSERT(table.size() == Config::KeyCount);
    return table;
}

const KeyInfo &info(Config::Key key)
{
    return keyTable().at(key);
}

const QString EndpointsArray = u"Endpoints"_s;

} // namespace

Config::Config(QObject *parent) : QObject(parent), m_settings(std::make_unique<QSettings>()) { }

Config::Config(const QString &iniPath, QObject *parent)
    : QObject(parent), m_settings(std::make_unique<QSettings>(iniPath, QSettings::IniFormat))
{
}

QVariant Config::get(Key key) const
{
    const KeyInfo &row = info(key);
    QVariant value = m_settings->value(row.path, row.defaultValue);
    // Ini files give strings back: convert to the default's type, or fall back to the default
    // when the stored text does not fit (hand-edited file).
    if (value.metaType() != row.defaultValue.metaType()
        && !value.convert(row.defaultValue.metaType()))
        return row.defaultValue;
    return value;
}

void Config::set(Key key, const QVariant &value)
{
    if (!value.isValid()) {
        reset(key);
        return;
    }
    const QVariant before = get(key);
    m_settings->setValue(info(key).path, value);
    if (before != get(key))
        Q_EMIT changed(key);
}

void Config::reset(Key key)
{
    if (!m_settings->contains(info(key).path))
        return;
    const QVariant before = get(key);
    m_settings->remove(info(key).path);
    if (before != get(key))
        Q_EMIT changed(key);
}

QList<Endpoint> Config::endpoints() const
{
    QList<Endpoint> list;
    QSet<QString> names;
    const int count = m_settings->beginReadArray(EndpointsArray);
    for (int i = 0; i < count; ++i) {
        m_settings->setArrayIndex(i);
        Endpoint endpoint;
        endpoint.name = m_settings->value("name"_L1).toString().trimmed();
        endpoint.baseUrl = QUrl(m_settings->value("baseUrl"_L1).toString(), QUrl::StrictMode);
        // Credentials never come from (or go back to) this file.
        endpoint.baseUrl.setUserInfo(QString());
        endpoint.insecureConsent = m_settings->value("insecureConsent"_L1, false).toBool();
        // A hand-edited or damaged entry is skipped rather than guessed at.
        if (endpoint.name.isEmpty() || names.contains(endpoint.name) || !endpoint.baseUrl.isValid()
            || endpoint.baseUrl.host().isEmpty()
            || !Endpoint::kindFromString(m_settings->value("kind"_L1).toString(), &endpoint.kind))
            continue;
        names.insert(endpoint.name);
        list.append(endpoint);
    }
    m_settings->endArray();
    if (list.isEmpty())
        list.append(Endpoint::deepInfra());
    return list;
}

void Config::setEndpoints(const QList<Endpoint> &endpoints)
{
    if (endpoints == this->endpoints())
        return;
    m_settings->remove(EndpointsArray);
    m_settings->beginWriteArray(EndpointsArray, int(endpoints.size()));
    for (int i = 0; i < endpoints.size(); ++i) {
        const Endpoint &endpoint = endpoints.at(i);
        m_settings->setArrayIndex(i);
        // Only where to connect: the key stays in the keychain.
        m_settings->setValue("name"_L1, endpoint.name);
        m_settings->setValue("kind"_L1, Endpoint::kindToString(endpoint.kind));
        m_settings->setValue("baseUrl"_L1, endpoint.baseUrl.toString(QUrl::RemoveUserInfo));
        m_settings->setValue("insecureConsent"_L1, endpoint.insecureConsent);
    }
    m_settings->endArray();
    Q_EMIT endpointsChanged();
}

Endpoint Config::endpoint(const QString &name) const
{
    const QList<Endpoint> list = endpoints();
    const QString wanted = name.isEmpty() ? get(ActiveEndpoint).toString() : name;
    for (const Endpoint &endpoint : list) {
        if (endpoint.name == wanted)
            return endpoint;
    }
    // The active name may point at a removed endpoint: fall back to the first one.
    return list.first();
}
