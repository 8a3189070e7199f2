// The model picker with a 2,000-model list: loading it, and filtering it per keystroke while
// the list is open (the text edit → fuzzy filter → model reset → popup relayout path the user
// types through). Goal: every keystroke within one 60 Hz frame (16 ms). Baseline, same run: a
// naive case-insensitive contains() over the same ids, the least any filter has to do.

#include "benchutil.h"
#include "modelpicker.h"
#include "models/modelcatalog.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QCompleter>
#include <QKeyEvent>
#include <QLineEdit>

using namespace Qt::StringLiterals;

namespace {

QList<ModelInfo> syntheticModels(int count)
{
    static const char *const orgs[] = { "meta-llama", "mistralai",   "Qwen",         "google",
                                        "microsoft",  "deepseek-ai", "NousResearch", "01-ai" };
    static const char *const kinds[] = { "Instruct", "chat-hf", "it", "Coder", "Base", "Vision" };
    QList<ModelInfo> models;
    for (int i = 0; i < count; ++i) {
        ModelInfo info;
        info.id = u"%1/Model-%2-%3B-%4-v%5"_s.arg(QLatin1String(orgs[i % 8]))
                      .arg(i)
                      .arg((i * 7) % 180 + 1)
                      .arg(QLatin1String(kinds[i % 6]))
                      .arg(i % 4);
        info.displayName = u"Model %1 %2"_s.arg(i).arg(QLatin1String(kinds[i % 6]));
        info.source = ModelInfo::Source::Live;
        info.contextLength = 4096 << (i % 5);
        info.priceInPerMTok = 0.01 * (i % 90);
        info.priceOutPerMTok = 0.02 * (i % 90);
        info.deprecated = i % 17 == 0;
        models.append(info);
    }
    return models;
}

// What a key press does, without QtTest: press and release sent to the field.
void typeKey(QWidget *target, int key, const QString &text)
{
    QKeyEvent press(QEvent::KeyPress, key, Qt::NoModifier, text);
    QCoreApplication::sendEvent(target, &press);
    QKeyEvent release(QEvent::KeyRelease, key, Qt::NoModifier, text);
    QCoreApplication::sendEvent(target, &release);
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const bool quick = Bench::quickMode(argc, argv);
    const int modelCount = 2000;
    Bench::Report report;

    ModelCatalog catalog;
    const QList<ModelInfo> models = syntheticModels(modelCount);
    ModelPicker picker;
    picker.resize(600, 30);
    picker.show();
    picker.setCatalog(&catalog);

    const double loadMs = Bench::medianMs(quick ? 3 : 7, [&] { catalog.setLive(models); });
    report.info("load 2,000 live models into catalog + picker", loadMs, "ms");

    picker.setFocus();
    picker.showPopup();
    QCoreApplication::processEvents();

    const QString query = u"llama 70b instr"_s;
    QList<double> keystrokes;
    const int rounds = quick ? 2 : 6;
    for (int round = 0; round < rounds; ++round) {
        picker.lineEdit()->clear();
        for (const QChar c : query) {
            QElapsedTimer timer;
            timer.start();
            typeKey(picker.lineEdit(), c == u' ' ? Qt::Key_Space : Qt::Key_A, QString(c));
            // Layout and paint of the open list are part of what the user waits for.
            QCoreApplication::processEvents();
            keystrokes.append(double(timer.nsecsElapsed()) / 1e6);
        }
        for (qsizetype i = 0; i < query.size(); ++i) {
            QElapsedTimer timer;
            timer.start();
            typeKey(picker.lineEdit(), Qt::Key_Backspace, QString());
            QCoreApplication::processEvents();
            keystrokes.append(double(timer.nsecsElapsed()) / 1e6);
        }
    }
    const int visible = picker.listModel()->rowCount();

    // The model side alone (fuzzy filter + grouping + reset), without the view.
    QList<double> filterOnly;
    for (int round = 0; round < rounds; ++round) {
        for (qsizetype n = 1; n <= query.size(); ++n) {
            QElapsedTimer timer;
            timer.start();
            picker.setFilterText(query.left(n));
            filterOnly.append(double(timer.nsecsElapsed()) / 1e6);
        }
    }

    // Baseline: the plain substring test over the same ids, per keystroke's prefix.
    QList<double> baseline;
    for (int round = 0; round < rounds; ++round) {
        for (qsizetype n = 1; n <= query.size(); ++n) {
            const QString prefix = query.left(n);
            QElapsedTimer timer;
            timer.start();
            int hits = 0;
            for (const ModelInfo &info : models)
                hits += info.id.contains(prefix, Qt::CaseInsensitive) ? 1 : 0;
            baseline.append(double(timer.nsecsElapsed()) / 1e6 + hits * 0.0);
        }
    }
    const double baseMedian = std::max(Bench::percentile(baseline, 0.5), 1e-3);
    const double median = Bench::percentile(keystrokes, 0.5);
    const double p95 = Bench::percentile(keystrokes, 0.95);
    report.info("baseline: naive contains() over 2,000 ids", baseMedian, "ms");
    report.check("keystroke, median (filter + relayout)", median, "ms", 16.0,
                 u"%1x baseline"_s.arg(median / baseMedian, 0, 'f', 1));
    // On a shared machine single keystrokes catch other processes' time slices: the median is
    // the figure held to the goal, the p95 is shown for information.
    report.info("keystroke, p95", p95, "ms", u"%1x baseline"_s.arg(p95 / baseMedian, 0, 'f', 1));
    report.info("filter + grouping alone, median", Bench::percentile(filterOnly, 0.5), "ms");
    report.info("rows left after the whole query", visible, "");
    return report.exitCode();
}
