#pragma once

#include <QList>
#include <QMetaType>
#include <QString>
#include <QUrl>

// Where requests go. The key is not part of it: it lives in the keychain under keyAccount().
struct Endpoint
{
    enum class Kind { DeepInfra, OpenAI };

    QString name = QStringLiteral("DeepInfra");
    Kind kind = Kind::DeepInfra;
    QUrl baseUrl = QUrl(QStringLiteral("https://api.deepinfra.com/v1/openai"));
    // The user confirmed sending the key over plain http to this (non-loopback) host.
    bool insecureConsent = false;

    static Endpoint deepInfra();
    static QString kindToString(Kind kind);
    static bool kindFromString(const QString &text, Kind *kind);

    QString keyAccount() const { return name; }
    QUrl chatUrl() const;
    QUrl modelsUrl() const;
    // deepinfra: <base without /openai>/inference/<model>; openai: <base>/rerank
    QUrl rerankUrl(const QString &model) const;
    // <base>/embeddings for both kinds (DeepInfra: …/v1/openai/embeddings; LiteLLM: /embeddings).
    QUrl embeddingsUrl() const;
    // DeepInfra's native /models/list (types and deprecation); empty for openai kind.
    QUrl modelsListUrl() const;

    // The model id as this endpoint wants it: deepinfra-kind strips LiteLLM's "deepinfra/"
    // prefix (DeepInfra knows no such id); openai-kind sends it as typed, since a proxy's model
    // names are its own aliases ("deepinfra/…" included).
    QString wireModelId(const QString &model) const;

    bool isLoopback() const;
    // True when the key would travel in clear text to another machine.
    bool isInsecure() const;
    bool mayUseKey() const { return !isInsecure() || insecureConsent; }

    bool operator==(const Endpoint &) const = default;
};

// Strips LiteLLM's "deepinfra/" provider prefix from a model id.
QString normalizeModelId(const QString &model);

Q_DECLARE_METATYPE(Endpoint)
