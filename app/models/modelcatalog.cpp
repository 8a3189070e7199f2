#include "modelcatalog.h"

#include "api/endpoint.h"

#include <QFile>
#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

// Q_INIT_RESOURCE must be used at global scope; siftcore is static, so the resource object
// would otherwise be dropped by the linker when nothing references it.
static void initCoreResources()
{
    Q_INIT_RESOURCE(core);
}

ModelCatalog::ModelCatalog(QObject *parent) : QObject(parent)
{
    initCoreResources();
    QFile file(u":/sift/models.json"_s);
    if (file.open(QIODevice::ReadOnly)) {
        const QByteArray json = file.readAll();
        m_documented = parseDocumentedModels(json);
        m_visionIds = parseVisionModelIds(json);
        m_reasoningIds = parseReasoningModelIds(json);
    }
    for (ModelInfo &info : m_documented)
        markCapabilities(info);
    m_models = m_documented;
}

namespace {

bool namedForVision(const QString &id)
{
    static const QRegularExpression named(u"(vision|[-_]vl\\b|llava|pixtral)"_s,
                                          QRegularExpression::CaseInsensitiveOption);
    return named.match(id).hasMatch();
}

bool namedForReasoning(const QString &id)
{
    static const QRegularExpression named(u"([-_/]r1\\b|qwq|gpt-oss|thinking|reasoning)"_s,
                                          QRegularExpression::CaseInsensitiveOption);
    return named.match(id).hasMatch();
}

} // namespace

void ModelCatalog::markCapabilities(ModelInfo &info) const
{
    info.vision = info.vision || m_visionIds.contains(info.id, Qt::CaseInsensitive)
        || namedForVision(info.id);
    info.reasoning = info.reasoning || m_reasoningIds.contains(info.id, Qt::CaseInsensitive)
        || namedForReasoning(info.id);
}

bool ModelCatalog::acceptsImages(const QString &id) const
{
    const QString key = normalizeModelId(id);
    if (const auto info = find(key); info && info->vision)
        return true;
    return m_visionIds.contains(key, Qt::CaseInsensitive) || namedForVision(key);
}

ModelCatalog::Support ModelCatalog::reasoningSupport(const QString &id) const
{
    const QString key = normalizeModelId(id);
    const auto info = find(key);
    if ((info && info->reasoning) || m_reasoningIds.contains(key, Qt::CaseInsensitive)
        || namedForReasoning(key))
        return Support::Supported;
    if (info && info->source != ModelInfo::Source::Custom)
        return Support::Unsupported;
    return Support::Unknown;
}

QList<ModelInfo> ModelCatalog::models(ModelInfo::Type type) const
{
    QList<ModelInfo> result;
    std::copy_if(m_models.cbegin(), m_models.cend(), std::back_inserter(result),
                 [type](const ModelInfo &info) { return info.type == type; });
    return result;
}

std::optional<ModelInfo> ModelCatalog::find(const QString &id) const
{
    const QString key = normalizeModelId(id);
    for (const ModelInfo &info : m_models) {
        if (info.id == key)
            return info;
    }
    return std::nullopt;
}

void ModelCatalog::mergeLive(const QList<ModelInfo> &live)
{
    for (ModelInfo entry : live) {
        entry.id = normalizeModelId(entry.id);
        if (entry.id.isEmpty())
            continue;
        const auto it = std::find_if(m_models.begin(), m_models.end(),
                                     [&entry](const ModelInfo &m) { return m.id == entry.id; });
        if (it == m_models.end()) {
            entry.source = ModelInfo::Source::Live;
            markCapabilities(entry);
            m_models.append(entry);
            continue;
        }
        ModelInfo &known = *it;
        // A capability either side knows of counts.
        known.vision = known.vision || entry.vision;
        known.reasoning = known.reasoning || entry.reasoning;
        // The live list is fresher for numbers and prices; the documented table knows the
        // name and the type better than a guess from tags.
        if (entry.contextLength > 0)
            known.contextLength = entry.contextLength;
        if (entry.maxOutputTokens > 0)
            known.maxOutputTokens = entry.maxOutputTokens;
        if (entry.priceInPerMTok)
            known.priceInPerMTok = entry.priceInPerMTok;
        if (entry.priceOutPerMTok)
            known.priceOutPerMTok = entry.priceOutPerMTok;
        if (!entry.description.isEmpty())
            known.description = entry.description;
        known.deprecated = entry.deprecated;
        if (known.source == ModelInfo::Source::Custom) {
            known.source = ModelInfo::Source::Live;
            known.type = entry.type;
        }
    }
    Q_EMIT changed();
}

void ModelCatalog::setLive(const QList<ModelInfo> &live)
{
    m_models = m_documented;
    for (const auto &[key, type] : std::as_const(m_custom))
        applyCustom(key, type);
    mergeLive(live);
}

void ModelCatalog::addCustom(const QString &id, ModelInfo::Type type)
{
    const QString key = normalizeModelId(id);
    if (key.isEmpty())
        return;
    const auto known = std::find_if(m_custom.begin(), m_custom.end(),
                                    [&key](const auto &entry) { return entry.first == key; });
    if (known == m_custom.end())
        m_custom.append({ key, type });
    else
        known->second = type;
    if (applyCustom(key, type))
        Q_EMIT changed();
}

bool ModelCatalog::applyCustom(const QString &key, ModelInfo::Type type)
{
    const auto it = std::find_if(m_models.begin(), m_models.end(),
                                 [&key](const ModelInfo &m) { return m.id == key; });
    if (it != m_models.end()) {
        if (it->source != ModelInfo::Source::Custom || it->type == type)
            return false;
        it->type = type;
    } else {
        ModelInfo info;
        info.id = key;
        const qsizetype slash = key.lastIndexOf(u'/');
        info.displayName = slash < 0 ? key : key.mid(slash + 1);
        info.type = type;
        info.source = ModelInfo::Source::Custom;
        markCapabilities(info);
        m_models.append(info);
    }
    return true;
}
