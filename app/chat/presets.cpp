#include "presets.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QSettings>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

const QString Group = u"Presets"_s;
const QString PromptGroup = u"Prompts"_s;
const QString ConversationGroup = u"PresetOfConversation"_s;

const QRegularExpression &variablePattern()
{
    static const QRegularExpression pattern(u"\\{\\{\\s*([A-Za-z0-9_.\\-]+)\\s*\\}\\}"_s);
    return pattern;
}

// QSettings keys may not hold '/' or '\\': names are stored percent-encoded.
QString keyFor(const QString &name)
{
    return QString::fromLatin1(name.toUtf8().toPercentEncoding());
}

QJsonObject objectAt(const QSettings &settings, const QString &key)
{
    return QJsonDocument::fromJson(settings.value(key).toString().toUtf8()).object();
}

// Presets and prompts are kept alike: one compact JSON text per name in their group. T is
// Preset or SavedPrompt: fromJson() gives an empty name for what is not one.
template<typename T>
QList<T> readAll(QSettings &settings, const QString &group)
{
    QList<T> list;
    settings.beginGroup(group);
    const QStringList keys = settings.childKeys();
    for (const QString &key : keys) {
        const T item = T::fromJson(objectAt(settings, key));
        if (!item.name.isEmpty())
            list.append(item);
    }
    settings.endGroup();
    std::sort(list.begin(), list.end(), [](const T &a, const T &b) {
        return a.name.compare(b.name, Qt::CaseInsensitive) < 0;
    });
    return list;
}

template<typename T>
std::optional<T> readOne(const QSettings &settings, const QString &group, const QString &name)
{
    const T item = T::fromJson(objectAt(settings, group + u'/' + keyFor(name.trimmed())));
    if (item.name.isEmpty())
        return std::nullopt;
    return item;
}

void writeOne(QSettings &settings, const QString &group, const QString &name,
              const QJsonObject &object)
{
    settings.setValue(group + u'/' + keyFor(name),
                      QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)));
    settings.sync();
}

bool removeOne(QSettings &settings, const QString &group, const QString &name)
{
    const QString key = group + u'/' + keyFor(name.trimmed());
    if (!settings.contains(key))
        return false;
    settings.remove(key);
    settings.sync();
    return true;
}

} // namespace

QJsonObject Preset::toJson() const
{
    QJsonObject object{ { "name"_L1, name } };
    if (!systemPrompt.isEmpty())
        object.insert("system"_L1, systemPrompt);
    if (!model.isEmpty())
        object.insert("model"_L1, model);
    const QJsonObject parameters = options.toJson();
    if (!parameters.isEmpty())
        object.insert("parameters"_L1, parameters);
    return object;
}

Preset Preset::fromJson(const QJsonObject &object)
{
    Preset preset;
    preset.name = object.value("name"_L1).toString().trimmed();
    preset.systemPrompt = object.value("system"_L1).toString();
    preset.model = object.value("model"_L1).toString();
    preset.options = ChatOptions::fromJson(object.value("parameters"_L1).toObject());
    return preset;
}

QJsonObject SavedPrompt::toJson() const
{
    return QJsonObject{ { "name"_L1, name }, { "text"_L1, text } };
}

SavedPrompt SavedPrompt::fromJson(const QJsonObject &object)
{
    SavedPrompt prompt;
    prompt.text = object.value("text"_L1).toString();
    if (!prompt.text.trimmed().isEmpty())
        prompt.name = object.value("name"_L1).toString().trimmed();
    return prompt;
}

PresetStore::PresetStore(QObject *parent) : QObject(parent), m_settings(new QSettings) { }

PresetStore::PresetStore(const QString &iniPath, QObject *parent)
    : QObject(parent), m_settings(new QSettings(iniPath, QSettings::IniFormat))
{
}

PresetStore::~PresetStore() = default;

QList<Preset> PresetStore::presets() const
{
    return readAll<Preset>(*m_settings, Group);
}

QStringList PresetStore::names() const
{
    QStringList list;
    for (const Preset &preset : presets())
        list.append(preset.name);
    return list;
}

std::optional<Preset> PresetStore::find(const QString &name) const
{
    return readOne<Preset>(*m_settings, Group, name);
}

bool PresetStore::save(const Preset &preset)
{
    Preset stored = preset;
    stored.name = preset.name.trimmed();
    if (stored.name.isEmpty())
        return false;
    writeOne(*m_settings, Group, stored.name, stored.toJson());
    Q_EMIT changed();
    return true;
}

bool PresetStore::remove(const QString &name)
{
    if (!removeOne(*m_settings, Group, name))
        return false;
    Q_EMIT changed();
    return true;
}

QList<SavedPrompt> PresetStore::prompts() const
{
    return readAll<SavedPrompt>(*m_settings, PromptGroup);
}

std::optional<SavedPrompt> PresetStore::findPrompt(const QString &name) const
{
    return readOne<SavedPrompt>(*m_settings, PromptGroup, name);
}

bool PresetStore::savePrompt(const SavedPrompt &prompt)
{
    SavedPrompt stored = prompt;
    stored.name = prompt.name.trimmed();
    if (stored.name.isEmpty() || stored.text.trimmed().isEmpty())
        return false;
    writeOne(*m_settings, PromptGroup, stored.name, stored.toJson());
    Q_EMIT changed();
    return true;
}

bool PresetStore::removePrompt(const QString &name)
{
    if (!removeOne(*m_settings, PromptGroup, name))
        return false;
    Q_EMIT changed();
    return true;
}

bool PresetStore::trashPrompt(const QString &name)
{
    const std::optional<SavedPrompt> prompt = findPrompt(name);
    if (!prompt)
        return false;
    m_trash.append(*prompt);
    if (m_trash.size() > MaxTrashedPrompts)
        m_trash.removeFirst();
    if (!removePrompt(name)) {
        m_trash.removeLast();
        return false;
    }
    return true;
}

std::optional<SavedPrompt> PresetStore::restoreTrashedPrompt(bool *kept)
{
    if (kept)
        *kept = false;
    if (m_trash.isEmpty())
        return std::nullopt;
    const SavedPrompt prompt = m_trash.takeLast();
    if (findPrompt(prompt.name)) {
        // Saved again meanwhile (by name): that newer one is kept.
        if (kept)
            *kept = true;
        Q_EMIT changed();
        return prompt;
    }
    savePrompt(prompt); // emits changed()
    return prompt;
}

bool PresetStore::renamePrompt(const QString &name, const QString &newName)
{
    const std::optional<SavedPrompt> prompt = findPrompt(name);
    const QString to = newName.trimmed();
    if (!prompt || to.isEmpty())
        return false;
    if (to == prompt->name)
        return true;
    // Another prompt of that name would be replaced without a word: refused instead.
    if (findPrompt(to))
        return false;
    removeOne(*m_settings, PromptGroup, prompt->name);
    writeOne(*m_settings, PromptGroup, to, SavedPrompt{ to, prompt->text }.toJson());
    Q_EMIT changed();
    return true;
}

QString PresetStore::conversationPreset(qint64 conversationId) const
{
    if (conversationId <= 0)
        return {};
    return m_settings->value(ConversationGroup + u'/' + QString::number(conversationId)).toString();
}

void PresetStore::setConversationPreset(qint64 conversationId, const QString &name)
{
    if (conversationId <= 0)
        return;
    const QString key = ConversationGroup + u'/' + QString::number(conversationId);
    if (name.isEmpty())
        m_settings->remove(key);
    else
        m_settings->setValue(key, name);
}

QByteArray PresetStore::exportJson() const
{
    QJsonArray list;
    for (const Preset &preset : presets())
        list.append(preset.toJson());
    QJsonArray promptList;
    for (const SavedPrompt &prompt : prompts())
        promptList.append(prompt.toJson());
    return QJsonDocument(QJsonObject{ { "presets"_L1, list }, { "prompts"_L1, promptList } })
        .toJson(QJsonDocument::Indented);
}

std::optional<PresetStore::ImportFile> PresetStore::parseImport(const QByteArray &json,
                                                                QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = QCoreApplication::translate("PresetStore",
                                             "The file is not valid JSON (%1). Choose a file "
                                             "exported from Sift's presets.")
                     .arg(parseError.errorString());
        return std::nullopt;
    }
    QJsonArray list;
    QJsonArray promptList;
    const QJsonObject object = document.object();
    if (document.isArray()) {
        list = document.array();
    } else if (object.contains("presets"_L1) || object.contains("prompts"_L1)) {
        list = object.value("presets"_L1).toArray();
        promptList = object.value("prompts"_L1).toArray();
    } else if (object.value("text"_L1).isString()) {
        promptList.append(object); // a single prompt: presets have no "text"
    } else {
        list.append(object);
    }
    ImportFile file;
    for (const QJsonValue &value : std::as_const(list)) {
        const Preset preset = Preset::fromJson(value.toObject());
        if (!preset.name.isEmpty())
            file.presets.append(preset);
    }
    for (const QJsonValue &value : std::as_const(promptList)) {
        const SavedPrompt prompt = SavedPrompt::fromJson(value.toObject());
        if (!prompt.name.isEmpty())
            file.prompts.append(prompt);
    }
    if (file.presets.isEmpty() && file.prompts.isEmpty()) {
        *error = QCoreApplication::translate("PresetStore",
                                             "The file holds no presets or prompts. Choose a "
                                             "file exported from Sift's presets.");
        return std::nullopt;
    }
    return file;
}

QList<PresetStore::NameConflict> PresetStore::conflicts(const ImportFile &file) const
{
    QList<NameConflict> list;
    QSet<QString> seen;
    for (const Preset &preset : file.presets) {
        const NameConflict conflict{ false, preset.name };
        if ((seen.contains(preset.name) || find(preset.name)) && !list.contains(conflict))
            list.append(conflict);
        seen.insert(preset.name);
    }
    seen.clear();
    for (const SavedPrompt &prompt : file.prompts) {
        const NameConflict conflict{ true, prompt.name };
        if ((seen.contains(prompt.name) || findPrompt(prompt.name)) && !list.contains(conflict))
            list.append(conflict);
        seen.insert(prompt.name);
    }
    return list;
}

PresetStore::ImportCounts PresetStore::importFile(const ImportFile &file,
                                                  const ConflictResolver &resolve)
{
    ImportCounts counts;
    // Without an answer, nothing is replaced: the import is kept beside what is there.
    const auto choose = [&resolve](const NameConflict &conflict) {
        return resolve ? resolve(conflict) : ConflictChoice::KeepBoth;
    };
    {
        const QSignalBlocker blocker(this);
        for (Preset preset : file.presets) {
            if (find(preset.name)) {
                switch (choose({ false, preset.name })) {
                case ConflictChoice::Skip:
                    ++counts.skipped;
                    continue;
                case ConflictChoice::KeepBoth:
                    preset.name = freePresetName(preset.name);
                    ++counts.renamed;
                    break;
                case ConflictChoice::Replace:
                    ++counts.replaced;
                    break;
                }
            }
            if (save(preset))
                ++counts.presets;
        }
        for (SavedPrompt prompt : file.prompts) {
            if (findPrompt(prompt.name)) {
                switch (choose({ true, prompt.name })) {
                case ConflictChoice::Skip:
                    ++counts.skipped;
                    continue;
                case ConflictChoice::KeepBoth:
                    prompt.name = freePromptName(prompt.name);
                    ++counts.renamed;
                    break;
                case ConflictChoice::Replace:
                    ++counts.replaced;
                    break;
                }
            }
            if (savePrompt(prompt))
                ++counts.prompts;
        }
    }
    if (counts.presets + counts.prompts > 0)
        Q_EMIT changed();
    return counts;
}

int PresetStore::importJson(const QByteArray &json, QString *error, int *prompts,
                            const ConflictResolver &resolve)
{
    const std::optional<ImportFile> file = parseImport(json, error);
    if (!file)
        return -1;
    const ImportCounts counts = importFile(*file, resolve);
    if (prompts)
        *prompts = counts.prompts;
    return counts.presets;
}

namespace {

QString freeName(const QString &name, const std::function<bool(const QString &)> &taken)
{
    const QString base = name.trimmed();
    if (!taken(base))
        return base;
    for (int n = 2;; ++n) {
        //: A second item of the same name kept beside the first: "Reviewer (2)".
        const QString candidate
            = QCoreApplication::translate("PresetStore", "%1 (%2)").arg(base).arg(n);
        if (!taken(candidate))
            return candidate;
    }
}

} // namespace

QString PresetStore::freePresetName(const QString &name) const
{
    return freeName(name, [this](const QString &candidate) { return find(candidate).has_value(); });
}

QString PresetStore::freePromptName(const QString &name) const
{
    return freeName(name,
                    [this](const QString &candidate) { return findPrompt(candidate).has_value(); });
}

namespace PromptTemplate {

QStringList variables(const QString &text)
{
    QStringList names;
    auto it = variablePattern().globalMatch(text);
    while (it.hasNext()) {
        const QString name = it.next().captured(1);
        if (!names.contains(name))
            names.append(name);
    }
    return names;
}

QString fill(const QString &text, const QHash<QString, QString> &values)
{
    QString result;
    qsizetype last = 0;
    auto it = variablePattern().globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        result += text.mid(last, match.capturedStart() - last);
        const QString name = match.captured(1);
        // Values are inserted as they are: a value holding {{x}} is not expanded again.
        result += values.contains(name) ? values.value(name) : match.captured(0);
        last = match.capturedEnd();
    }
    return result + text.mid(last);
}

} // namespace PromptTemplate
