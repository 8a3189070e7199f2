#pragma once

#include "modelinfo.h"

#include <QObject>

// The models Sift offers: the documented table shipped in resources (always there, offline),
// plus live entries fetched from the endpoint, plus custom ids the user typed.
// Lookups by id are exact after normalizeModelId().
class ModelCatalog : public QObject
{
    Q_OBJECT
public:
    explicit ModelCatalog(QObject *parent = nullptr); // loads :/sift/models.json

    QList<ModelInfo> models() const { return m_models; }
    QList<ModelInfo> models(ModelInfo::Type type) const;
    std::optional<ModelInfo> find(const QString &id) const;
    // Adds (or updates) entries; documented fields win only where the live entry is empty.
    void mergeLive(const QList<ModelInfo> &live);
    // Replaces the live entries (another endpoint, a refreshed list): back to the documented
    // table and the custom ids, then mergeLive(). Emits changed() once.
    void setLive(const QList<ModelInfo> &live);
    void addCustom(const QString &id, ModelInfo::Type type);
    // Whether the model is known to accept images: marked in the catalog, listed under
    // "vision_models" in models.json, or named like one ("-Vision-", "-VL-"). Unknown ids:
    // false (the chat warns before sending an image; the user may send anyway). Every entry of
    // models() has ModelInfo::vision set to this.
    bool acceptsImages(const QString &id) const;

    // Whether the model takes reasoning_effort. Known: marked in the catalog or listed under
    // "reasoning_models" in models.json or named like a reasoning model (R1, QwQ, gpt-oss,
    // "Thinking"). Unsupported: any other model the catalog knows from the documented table or
    // the endpoint's list. Unknown: ids the user typed (custom) and ids the catalog lacks.
    enum class Support { Supported, Unsupported, Unknown };
    Q_ENUM(Support)
    Support reasoningSupport(const QString &id) const;

    static QString defaultChatModel()
    {
        return QStringLiteral("meta-llama/Meta-Llama-3-8B-Instruct");
    }

Q_SIGNALS:
    void changed();

private:
    bool applyCustom(const QString &key, ModelInfo::Type type); // true when something changed
    // Sets vision and reasoning from the lists in models.json and the name rules.
    void markCapabilities(ModelInfo &info) const;

    QList<ModelInfo> m_models;
    QList<ModelInfo> m_documented;
    QList<std::pair<QString, ModelInfo::Type>> m_custom;
    QStringList m_visionIds;
    QStringList m_reasoningIds;
};
