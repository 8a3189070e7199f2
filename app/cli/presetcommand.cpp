#include "presetcommand.h"

#include "chat/presets.h"
#include "chatextras.h"
#include "clirunner.h"
#include "clisupport.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>

#include <cmath>

using namespace Qt::StringLiterals;

namespace {

using namespace CliSupport;

QString tr(const char *text)
{
    return QCoreApplication::translate("Cli", text);
}

QString usageText()
{
    return tr("sift preset: say what to do: sift preset set NAME [-s TEXT] [-m MODEL] [-t T] "
              "[--param KEY=VALUE]… [--replace], sift preset list, sift preset remove NAME, "
              "sift preset export or sift preset import FILE [--replace|--keep-both|--skip].");
}

} // namespace

int Cli::runPreset(const QStringList &arguments, int command)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Manages named chat presets (system prompt, model, parameters). Use one with "
           "sift chat --preset NAME. Export and import also carry the saved prompts."));
    parser.addPositionalArgument(u"action"_s, tr("set, list, remove, export or import"),
                                 u"set NAME|list|remove NAME|export|import FILE"_s);
    const QCommandLineOption help({ u"h"_s, u"help"_s }, tr("Show this help."));
    const QCommandLineOption system({ u"s"_s, u"system"_s }, tr("System prompt."), u"text"_s);
    const QCommandLineOption model({ u"m"_s, u"model"_s }, tr("Model id."), u"model"_s);
    const QCommandLineOption temperature({ u"t"_s, u"temperature"_s },
                                         tr("Sampling temperature, 0 to 2."), u"temp"_s);
    const QCommandLineOption maxTokens(u"max-tokens"_s, tr("Longest reply, in tokens."), u"n"_s);
    const QCommandLineOption param(u"param"_s,
                                   tr("Any request field, KEY=VALUE (VALUE read as JSON, else "
                                      "text). Repeatable."),
                                   u"key=value"_s);
    const QCommandLineOption json(u"json"_s, tr("list: print the presets as JSON."));
    // A name that is taken is never replaced unless asked: a script gets exit 2 instead.
    const QCommandLineOption replace(
        u"replace"_s, tr("set, import: replace a preset (import: or prompt) of the same name."));
    const QCommandLineOption keepBoth(
        u"keep-both"_s, tr("import: keep both, the imported one renamed \"NAME (2)\"."));
    const QCommandLineOption skip(u"skip"_s,
                                  tr("import: leave out what has the name of one already saved."));
    parser.addOptions(
        { help, system, model, temperature, maxTokens, param, json, replace, keepBoth, skip });

    if (const int code = parseArguments(parser, arguments, command, help, u"sift preset"_s,
                                        tr("Run \"sift preset --help\" for its options."), u' ');
        code >= 0)
        return code;
    const QStringList words = parser.positionalArguments();
    const QString action = words.value(0);
    PresetStore store;

    if (action == "list"_L1 && words.size() == 1) {
        if (parser.isSet(json)) {
            out(QString::fromUtf8(store.exportJson()));
            return Ok;
        }
        const QList<Preset> presets = store.presets();
        if (presets.isEmpty()) {
            err(tr("No presets yet. Make one with sift preset set NAME -s \"…\"."));
            return Ok;
        }
        for (const Preset &preset : presets) {
            QString line = preset.name;
            if (!preset.model.isEmpty())
                line += u"  "_s + preset.model;
            const QJsonObject parameters = preset.options.toJson();
            if (!parameters.isEmpty())
                line += u"  "_s
                    + QString::fromUtf8(QJsonDocument(parameters).toJson(QJsonDocument::Compact));
            if (!preset.systemPrompt.isEmpty())
                line += u"  “"_s + preset.systemPrompt.section(u'\n', 0, 0).left(60) + u"”"_s;
            out(line + u'\n');
        }
        return Ok;
    }
    if (action == "export"_L1 && words.size() == 1) {
        out(QString::fromUtf8(store.exportJson()));
        return Ok;
    }
    if (action == "import"_L1 && words.size() == 2) {
        if (int(parser.isSet(replace)) + int(parser.isSet(keepBoth)) + int(parser.isSet(skip))
            > 1) {
            err(tr("sift preset import: choose one of --replace, --keep-both and --skip."));
            return Usage;
        }
        QFile file(words.at(1));
        if (!file.open(QIODevice::ReadOnly)) {
            err(tr("sift preset import: cannot read “%1”. Check the path.").arg(words.at(1)));
            return Usage;
        }
        QString error;
        const std::optional<PresetStore::ImportFile> contents
            = PresetStore::parseImport(file.read(4 * 1024 * 1024), &error);
        if (!contents) {
            err(u"sift preset import: "_s + error);
            return Usage;
        }
        std::optional<PresetStore::ConflictChoice> choice;
        if (parser.isSet(replace))
            choice = PresetStore::ConflictChoice::Replace;
        else if (parser.isSet(keepBoth))
            choice = PresetStore::ConflictChoice::KeepBoth;
        else if (parser.isSet(skip))
            choice = PresetStore::ConflictChoice::Skip;
        const QList<PresetStore::NameConflict> conflicts = store.conflicts(*contents);
        if (!conflicts.isEmpty() && !choice) {
            QStringList names;
            for (const PresetStore::NameConflict &conflict : conflicts)
                names << (conflict.prompt ? tr("the prompt “%1”") : tr("the preset “%1”"))
                             .arg(conflict.name);
            err(tr("sift preset import: already saved: %1. Nothing was imported. Add "
                   "--replace to replace, --keep-both to keep both (the imported one renamed "
                   "\"NAME (2)\") or --skip to leave them out.")
                    .arg(names.join(u", "_s)));
            return Usage;
        }
        const PresetStore::ImportCounts counts = store.importFile(
            *contents, [&choice](const PresetStore::NameConflict &) { return *choice; });
        out(QCoreApplication::translate("Cli", "Imported %n preset(s).\n", nullptr,
                                        counts.presets));
        // The prompt library travels in the same file.
        if (counts.prompts > 0)
            out(QCoreApplication::translate("Cli", "Imported %n prompt(s).\n", nullptr,
                                            counts.prompts));
        if (counts.replaced > 0)
            out(QCoreApplication::translate("Cli", "Replaced %n of the same name.\n", nullptr,
                                            counts.replaced));
        if (counts.renamed > 0)
            out(QCoreApplication::translate("Cli", "Renamed %n to keep both.\n", nullptr,
                                            counts.renamed));
        if (counts.skipped > 0)
            out(QCoreApplication::translate("Cli", "Skipped %n of the same name.\n", nullptr,
                                            counts.skipped));
        return Ok;
    }
    if (action == "remove"_L1 && words.size() == 2) {
        if (!store.remove(words.at(1))) {
            err(tr("sift preset remove: there is no preset “%1”. See sift preset list.")
                    .arg(words.at(1)));
            return Usage;
        }
        out(tr("Removed the preset %1.\n").arg(words.at(1)));
        return Ok;
    }
    if (action == "set"_L1 && words.size() == 2 && !words.at(1).trimmed().isEmpty()) {
        Preset preset;
        preset.name = words.at(1).trimmed();
        if (store.find(preset.name) && !parser.isSet(replace)) {
            err(tr("sift preset set: a preset “%1” exists already. Add --replace to replace it, "
                   "or choose another name.")
                    .arg(preset.name));
            return Usage;
        }
        preset.systemPrompt = parser.value(system);
        preset.model = parser.value(model);
        if (parser.isSet(temperature)) {
            bool ok = false;
            const double value = parser.value(temperature).toDouble(&ok);
            if (!ok || !std::isfinite(value) || value < 0 || value > 2) {
                err(tr("sift preset: --temperature needs a number from 0 to 2."));
                return Usage;
            }
            preset.options.temperature = value;
        }
        if (parser.isSet(maxTokens)) {
            bool ok = false;
            const int value = parser.value(maxTokens).toInt(&ok);
            if (!ok || value <= 0) {
                err(tr("sift preset: --max-tokens needs a whole number above 0."));
                return Usage;
            }
            preset.options.maxTokens = value;
        }
        if (!ChatExtrasCli::readParams(parser.values(param), &preset.options.extra,
                                       u"sift preset"_s))
            return Usage;
        const bool replacing = store.find(preset.name).has_value();
        store.save(preset);
        out((replacing ? tr("Replaced the preset %1.\n") : tr("Saved the preset %1.\n"))
                .arg(preset.name));
        return Ok;
    }
    err(usageText());
    return Usage;
}
