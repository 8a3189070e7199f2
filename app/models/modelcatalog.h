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
    // false (the chat warns before sending an image; the user may send anyway).
    bool acceptsImages(const QString &id) const;

    static QString defaultChatModel()
    {
        return QStringLiteral("meta-llama/Meta-Llama-3-8B-Instruct");
    }

Q_SIGNALS:
    void changed();

private:
    bool applyCustom(const QString &key, ModelInfo::Type type); // true when something changed

    QList<ModelInfo> m_models;
    QList<ModelInfo> m_documented;
    QList<std::pair<QString, ModelInfo::Type>> m_custom;
    QStringList m_visionIds;
};
