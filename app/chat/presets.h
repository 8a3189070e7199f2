#pragma once

#include "chatoptions.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

class QSettings;

// A named set of chat settings: system prompt, model, parameters and response format.
// Never holds a secret.
struct Preset
{
    QString name;
    QString systemPrompt;
    QString model; // empty: keep the chosen model
    ChatOptions options;

    QJsonObject toJson() const;
    // Empty name when the object is not a preset.
    static Preset fromJson(const QJsonObject &object);
    bool operator==(const Preset &) const = default;
};

// A saved prompt of the prompt library: a message text, usually with {{variables}} that are
// filled in before it is sent.
struct SavedPrompt
{
    QString name;
    QString text;

    QJsonObject toJson() const;
    // Empty name when the object is not a prompt (no name or no text).
    static SavedPrompt fromJson(const QJsonObject &object);
    bool operator==(const SavedPrompt &) const = default;
};

// The presets and the prompt library, kept in QSettings (groups "Presets" and "Prompts", one
// JSON text per name), and which preset each conversation uses. The chat pane and
// `sift preset` share it.
class PresetStore : public QObject
{
    Q_OBJECT
public:
    // The default QSettings (organisation/application names from QCoreApplication).
    explicit PresetStore(QObject *parent = nullptr);
    // For tests: an explicit ini file.
    explicit PresetStore(const QString &iniPath, QObject *parent = nullptr);
    ~PresetStore() override;

    QList<Preset> presets() const; // sorted by name, case-insensitively
    QStringList names() const;
    std::optional<Preset> find(const QString &name) const;
    // Adds or replaces the preset of that name. False for an empty name.
    bool save(const Preset &preset);
    bool remove(const QString &name);

    QList<SavedPrompt> prompts() const; // sorted by name, case-insensitively
    std::optional<SavedPrompt> findPrompt(const QString &name) const;
    // Adds or replaces the prompt of that name. False for an empty name or text.
    bool savePrompt(const SavedPrompt &prompt);
    bool removePrompt(const QString &name);
    // Deleting from the prompt library: removes the prompt like removePrompt() and keeps it in
    // this store's trash, so Undo Delete can bring it back however often the library dialog is
    // closed and opened again. The trash lives in memory for the session (the store lives as
    // long as the chat pane); the newest MaxTrashedPrompts are kept.
    bool trashPrompt(const QString &name);
    // The prompts trashed this session, the newest last.
    QList<SavedPrompt> trashedPrompts() const { return m_trash; }
    // Takes the newest trashed prompt out of the trash and saves it again, unless a prompt of
    // that name was saved meanwhile (then that one is kept, and `kept` is set). nullopt when
    // the trash is empty.
    std::optional<SavedPrompt> restoreTrashedPrompt(bool *kept = nullptr);
    static constexpr int MaxTrashedPrompts = 100;
    // Gives the prompt `name` the name `newName`. False when there is no such prompt, the new
    // name is empty or another prompt has it already.
    bool renamePrompt(const QString &name, const QString &newName);

    // The preset a conversation uses; empty when none.
    QString conversationPreset(qint64 conversationId) const;
    void setConversationPreset(qint64 conversationId, const QString &name);

    // {"presets": [...], "prompts": [...]} with every preset and saved prompt, for a file.
    QByteArray exportJson() const;

    // What a presets file holds, read but not yet stored.
    struct ImportFile
    {
        QList<Preset> presets;
        QList<SavedPrompt> prompts;
    };
    // Reads such a file (or a single preset or prompt object, or a list of presets); nullopt
    // with `error` set (translated) when the text holds neither.
    static std::optional<ImportFile> parseImport(const QByteArray &json, QString *error);

    // An imported preset or prompt whose name is taken, here or earlier in the same file.
    struct NameConflict
    {
        bool prompt = false; // a saved prompt; else a preset
        QString name;
        bool operator==(const NameConflict &) const = default;
    };
    // What becomes of it: it replaces the one there, is kept beside it as "Name (2)", or is
    // left out.
    enum class ConflictChoice { Replace, KeepBoth, Skip };
    using ConflictResolver = std::function<ConflictChoice(const NameConflict &)>;
    // The names `file` would take that are taken, each once, in file order (presets first).
    QList<NameConflict> conflicts(const ImportFile &file) const;
    struct ImportCounts
    {
        int presets = 0; // stored, whether new, replacing or renamed
        int prompts = 0;
        int replaced = 0;
        int renamed = 0;
        int skipped = 0;
    };
    // Stores `file`; for every taken name asks `resolve` (which may answer once for all).
    // Nothing is ever replaced unless it says Replace.
    ImportCounts importFile(const ImportFile &file, const ConflictResolver &resolve);

    // parseImport() then importFile(): how many presets were stored (`prompts`, when given,
    // how many prompts), -1 with `error` set when the text holds neither. Without `resolve`
    // a taken name is kept beside as "Name (2)": nothing is replaced.
    int importJson(const QByteArray &json, QString *error, int *prompts = nullptr,
                   const ConflictResolver &resolve = {});

    // `name` if no preset (prompt) has it, else the first free "name (2)", "name (3)", …
    QString freePresetName(const QString &name) const;
    QString freePromptName(const QString &name) const;

Q_SIGNALS:
    void changed();

private:
    std::unique_ptr<QSettings> m_settings;
    QList<SavedPrompt> m_trash; // trashPrompt(), the newest last
};

// Prompt templates: "Summarise {{text}} in {{words}} words". Variables are letters, digits,
// '_', '-' and '.', optionally padded with spaces inside the braces.
namespace PromptTemplate {

// The variable names in order of first appearance, each once.
QStringList variables(const QString &text);
// The text with every {{name}} replaced by values[name]; unknown names stay as they are.
QString fill(const QString &text, const QHash<QString, QString> &values);

} // namespace PromptTemplate
