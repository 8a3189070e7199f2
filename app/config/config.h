#pragma once

#include "api/endpoint.h"

#include <QObject>
#include <QSettings>
#include <QVariant>

#include <memory>

// Typed settings (KeePassXC's Config): one key enum with defaults and a changed() signal,
// instead of string keys scattered around. Never holds a secret.
class Config : public QObject
{
    Q_OBJECT
public:
    enum Key {
        ActiveEndpoint,       // QString: endpoint name
        StallTimeoutMs,       // int
        LastChatModel,        // QString
        SystemPrompt,         // QString
        Temperature,          // double, < 0 = unset
        MaxTokens,            // int, 0 = unset
        TopP,                 // double, < 0 = unset
        ParametersExpanded,   // bool
        WindowGeometry,       // QByteArray
        WindowState,          // QByteArray
        ChatSplitterState,    // QByteArray
        CurrentTab,           // int
        SidebarState,         // QByteArray: splitter of the conversation list
        FavoriteModels,       // QStringList: starred model ids
        RecentModels,         // QStringList: last used model ids, newest first (at most 5)
        ShowDeprecatedModels, // bool
        Theme,                // QString: "system", "light" or "dark"
        LastWorkbenchSet,     // qint64: the rerank set open when Sift last ran, 0 = none
        ChatOptions,          // QString: JSON of the chat parameters beyond the three above
        ImageMaxSide,         // int: pixels; attached images are scaled so no side is longer
        EvaluateSystems,      // QString: JSON, per evaluation set name, the systems listed and
                              // checked in Evaluate (rerankers added by hand, fusions)
        KeyCount
    };
    Q_ENUM(Key)

    // Uses the default QSettings (organisation/application names from QCoreApplication).
    explicit Config(QObject *parent = nullptr);
    // For tests: an explicit ini file.
    Config(const QString &iniPath, QObject *parent = nullptr);

    QVariant get(Key key) const;
    void set(Key key, const QVariant &value);
    void reset(Key key);

    // Endpoints (without keys). Always holds at least the DeepInfra default.
    QList<Endpoint> endpoints() const;
    void setEndpoints(const QList<Endpoint> &endpoints);
    Endpoint endpoint(const QString &name) const; // the active one when name is empty
    Endpoint activeEndpoint() const { return endpoint({}); }

    void sync() { m_settings->sync(); }
    QString fileName() const { return m_settings->fileName(); }

Q_SIGNALS:
    void changed(Config::Key key);
    void endpointsChanged();

private:
    std::unique_ptr<QSettings> m_settings;
};
