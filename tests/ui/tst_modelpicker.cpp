#include "config/config.h"
#include "modelpicker.h"
#include "models/modelcatalog.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QIcon>
#include <QJsonDocument>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QVBoxLayout>

#include <memory>

using namespace Qt::StringLiterals;

// The picker as the user sees it: the rows of its list after typing, grouping, stars,
// deprecated models, recent ids, the type filter and the "any id" escape.
class TestModelPicker : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();

    void groupsAndRowDetails();
    void typingFiltersFuzzily_data();
    void typingFiltersFuzzily();
    void deprecatedHiddenUnlessAsked();
    void favoritesPersist();
    void recentKeepsLastFive();
    void anyIdEscape();
    void rerankTypeOnly();
    void popupOpensAndChooses();
    void enterTakesBestMatch_data();
    void enterTakesBestMatch();
    void escapeAndLeavingRestore();
    void typedTextOnlyAsExplicitId();
    void visionModelsMarked();
    void longIdsKeepTheirStart();
    void popupAsWideAsItsRows();

private:
    // Types `typed`, steps with the arrows to the row for `id` and takes it with Enter.
    void takeRow(const QString &typed, const QString &id);
    QStringList rows() const;
    QStringList modelIds() const;
    QStringList headers() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Config> m_config;
    std::unique_ptr<ModelCatalog> m_catalog;
    std::unique_ptr<QWidget> m_window;
    ModelPicker *m_picker = nullptr;
    QLineEdit *m_elsewhere = nullptr; // somewhere else to click
};

void TestModelPicker::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_config = std::make_unique<Config>(m_dir->filePath(u"sift.ini"_s));
    m_catalog = std::make_unique<ModelCatalog>();
    m_catalog->setLive(parseOpenAiModelList(QJsonDocument::fromJson(R"({"data":[
        {"id":"meta-llama/Meta-Llama-3-8B-Instruct","metadata":{"context_length":8192,
         "pricing":{"input_tokens":0.03,"output_tokens":0.06}}},
        {"id":"google/gemma-2-9b-it","metadata":{"context_length":8192,
         "pricing":{"input_tokens":0.05,"output_tokens":0.07}}},
        {"id":"Gryphe/MythoMax-L2-13b","metadata":{"tags":["deprecated"]}},
        {"id":"acme/live-reranker","metadata":{"tags":["reranker"]}}
    ]})")
                                                .object()));
    m_window = std::make_unique<QWidget>();
    auto *layout = new QVBoxLayout(m_window.get());
    m_picker = new ModelPicker(m_window.get());
    m_elsewhere = new QLineEdit(m_window.get());
    layout->addWidget(m_picker);
    layout->addWidget(m_elsewhere);
    m_picker->setConfig(m_config.get());
    m_picker->setCatalog(m_catalog.get());
    m_window->show();
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

void TestModelPicker::cleanup()
{
    m_window.reset();
    m_picker = nullptr;
    m_elsewhere = nullptr;
    m_catalog.reset();
    m_config.reset();
    m_dir.reset();
}

void TestModelPicker::takeRow(const QString &typed, const QString &id)
{
    m_picker->setFocus();
    m_picker->lineEdit()->selectAll();
    QTest::keyClicks(m_picker->lineEdit(), typed);
    QAbstractItemView *popup = m_picker->completer()->popup();
    QTRY_VERIFY(popup->isVisible());
    for (int i = 0; i < popup->model()->rowCount()
         && popup->currentIndex().data(ModelPicker::ModelIdRole).toString() != id;
         ++i)
        QTest::keyClick(popup, Qt::Key_Down);
    QCOMPARE(popup->currentIndex().data(ModelPicker::ModelIdRole).toString(), id);
    QTest::keyClick(popup, Qt::Key_Return);
    QTRY_VERIFY(!popup->isVisible());
}

QStringList TestModelPicker::rows() const
{
    QStringList list;
    const QAbstractItemModel *model = m_picker->listModel();
    for (int i = 0; i < model->rowCount(); ++i)
        list.append(model->index(i, 0).data().toString());
    return list;
}

QStringList TestModelPicker::modelIds() const
{
    QStringList list;
    const QAbstractItemModel *model = m_picker->listModel();
    for (int i = 0; i < model->rowCount(); ++i) {
        const QModelIndex index = model->index(i, 0);
        if (!index.data(ModelPicker::HeaderRole).toBool())
            list.append(index.data(ModelPicker::ModelIdRole).toString());
    }
    return list;
}

QStringList TestModelPicker::headers() const
{
    QStringList list;
    const QAbstractItemModel *model = m_picker->listModel();
    for (int i = 0; i < model->rowCount(); ++i) {
        const QModelIndex index = model->index(i, 0);
        if (index.data(ModelPicker::HeaderRole).toBool()) {
            // Headers are not choosable.
            if (model->flags(index) == Qt::NoItemFlags)
                list.append(index.data().toString());
        }
    }
    return list;
}

void TestModelPicker::groupsAndRowDetails()
{
    QCOMPARE(headers(), QStringList({ u"Documented"_s, u"All from endpoint"_s }));
    const QStringList ids = modelIds();
    QCOMPARE(ids.size(), 8 + 1); // documented chat models + gemma; no reranker, no deprecated
    QCOMPARE(ids.first(), u"meta-llama/Meta-Llama-3-8B-Instruct"_s);
    QCOMPARE(ids.last(), u"google/gemma-2-9b-it"_s);
    const QString llama = rows().at(1);
    QVERIFY2(llama.contains(u"8K context"_s), qPrintable(llama));
    QVERIFY2(llama.contains(u"$0.03 in / $0.06 out per 1M"_s), qPrintable(llama));
    // Documented without a price: context only.
    const QString mistral = rows().at(ids.indexOf(u"mistralai/Mistral-7B-Instruct-v0.1"_s) + 1);
    QVERIFY2(mistral.contains(u"32K context"_s) && !mistral.contains(u"$"_s), qPrintable(mistral));
}

void TestModelPicker::typingFiltersFuzzily_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("first");
    QTest::addColumn<int>("count");
    QTest::newRow("substring") << u"gemma"_s << u"google/gemma-2-9b-it"_s << 1;
    QTest::newRow("by name") << u"Airoboros"_s << u"jondurbin/airoboros-l2-70b-gpt4-1.4.1"_s << 1;
    QTest::newRow("terms") << u"llama 70b"_s << u"meta-llama/Meta-Llama-3-70B-Instruct"_s << 2;
    QTest::newRow("scattered") << u"cdl34"_s << u"codellama/CodeLlama-34b-Instruct-hf"_s << 1;
    QTest::newRow("case") << u"MISTRAL"_s << u"mistralai/Mistral-7B-Instruct-v0.1"_s << 1;
}

void TestModelPicker::typingFiltersFuzzily()
{
    QFETCH(QString, typed);
    QFETCH(QString, first);
    QFETCH(int, count);
    m_picker->lineEdit()->clear();
    m_picker->setFocus();
    QTest::keyClicks(m_picker->lineEdit(), typed);
    const QStringList ids = modelIds();
    QVERIFY2(!ids.isEmpty(), qPrintable(typed));
    QCOMPARE(ids.first(), first);
    // Plus the "use as id" row for a single word.
    const bool anyId = !typed.contains(u' ');
    QCOMPARE(ids.size(), count + (anyId ? 1 : 0));
    QCOMPARE(rows().last().contains(typed), anyId);
}

void TestModelPicker::deprecatedHiddenUnlessAsked()
{
    QVERIFY(!modelIds().contains(u"Gryphe/MythoMax-L2-13b"_s));
    m_picker->setShowDeprecated(true);
    QVERIFY(modelIds().contains(u"Gryphe/MythoMax-L2-13b"_s));
    QVERIFY(rows().filter(u"MythoMax"_s).first().contains(u"deprecated"_s));
    // The row warns with a sign and says what it means.
    const QAbstractItemModel *model = m_picker->listModel();
    for (int i = 0; i < model->rowCount(); ++i) {
        const QModelIndex index = model->index(i, 0);
        const bool mytho
            = index.data(ModelPicker::ModelIdRole).toString() == u"Gryphe/MythoMax-L2-13b"_s;
        QCOMPARE(!index.data(Qt::DecorationRole).value<QIcon>().isNull(), mytho);
        if (mytho)
            QVERIFY(index.data(Qt::ToolTipRole)
                        .toString()
                        .startsWith(u"Gryphe/MythoMax-L2-13b\nDeprecated:"_s));
    }
    QCOMPARE(m_config->get(Config::ShowDeprecatedModels).toBool(), true);

    // The setting comes back with a new picker.
    ModelPicker again;
    again.setConfig(m_config.get());
    again.setCatalog(m_catalog.get());
    QVERIFY(again.showDeprecated());
}

void TestModelPicker::favoritesPersist()
{
    m_picker->setFavorite(u"google/gemma-2-9b-it"_s, true);
    QCOMPARE(headers().first(), u"Favourites"_s);
    QCOMPARE(modelIds().first(), u"google/gemma-2-9b-it"_s);
    QVERIFY(rows().at(1).startsWith(u"★"_s));
    // Listed once only, under Favorites.
    QCOMPARE(modelIds().count(u"google/gemma-2-9b-it"_s), 1);

    // Ctrl+D stars what is in the field.
    m_picker->setCurrentModel(u"codellama/CodeLlama-34b-Instruct-hf"_s);
    m_picker->setFocus();
    QTest::keyClick(m_picker->lineEdit(), Qt::Key_D, Qt::ControlModifier);
    QVERIFY(m_picker->isFavorite(u"codellama/CodeLlama-34b-Instruct-hf"_s));

    m_config->sync();
    Config reread(m_config->fileName());
    ModelPicker again;
    again.setConfig(&reread);
    QCOMPARE(again.favorites(),
             QStringList({ u"google/gemma-2-9b-it"_s, u"codellama/CodeLlama-34b-Instruct-hf"_s }));
    m_picker->setFavorite(u"google/gemma-2-9b-it"_s, false);
    QCOMPARE(m_picker->favorites(), QStringList{ u"codellama/CodeLlama-34b-Instruct-hf"_s });
}

void TestModelPicker::recentKeepsLastFive()
{
    QSignalSpy chosen(m_picker, &ModelPicker::modelChosen);
    const QStringList used = { u"a/one"_s,  u"b/two"_s, u"c/three"_s, u"d/four"_s,
                               u"e/five"_s, u"f/six"_s, u"b/two"_s };
    for (const QString &id : used)
        takeRow(id, id);
    QCOMPARE(chosen.size(), used.size());
    const QStringList expected = { u"b/two"_s, u"f/six"_s, u"e/five"_s, u"d/four"_s, u"c/three"_s };
    QCOMPARE(m_picker->recent(), expected);
    QCOMPARE(m_config->get(Config::RecentModels).toStringList(), expected);
    QCOMPARE(headers().first(), u"Recent"_s);
    QCOMPARE(modelIds().mid(0, 5), expected);
}

void TestModelPicker::anyIdEscape()
{
    m_picker->lineEdit()->clear();
    m_picker->setFocus();
    QTest::keyClicks(m_picker->lineEdit(), u"acme/brand-new"_s);
    QCOMPARE(modelIds(), QStringList{ u"acme/brand-new"_s });
    QCOMPARE(rows().last(), u"Use “acme/brand-new” as the model id"_s);
    QSignalSpy chosen(m_picker, &ModelPicker::modelChosen);
    QTest::keyClick(m_picker->lineEdit(), Qt::Key_Return);
    QCOMPARE(chosen.size(), 1);
    QCOMPARE(chosen.first().first().toString(), u"acme/brand-new"_s);
    QCOMPARE(m_picker->currentModel(), u"acme/brand-new"_s);
}

void TestModelPicker::rerankTypeOnly()
{
    m_picker->setModelType(ModelInfo::Type::Rerank);
    QCOMPARE(modelIds(),
             QStringList({ u"Qwen/Qwen3-Reranker-0.6B"_s, u"Qwen/Qwen3-Reranker-4B"_s,
                           u"Qwen/Qwen3-Reranker-8B"_s, u"acme/live-reranker"_s }));
    m_picker->lineEdit()->clear();
    QCOMPARE(m_picker->currentModel(), QString()); // no chat default for rerankers
}

void TestModelPicker::popupOpensAndChooses()
{
    QAbstractItemView *popup = m_picker->completer()->popup();
    m_picker->focusAndOpen();
    QTRY_VERIFY(popup->isVisible());
    QCOMPARE(popup->model()->rowCount(), m_picker->listModel()->rowCount());
    QTest::keyClick(popup, Qt::Key_Escape);
    QTRY_VERIFY(!popup->isVisible());

    QSignalSpy chosen(m_picker, &ModelPicker::modelChosen);
    m_picker->lineEdit()->clear();
    QTest::keyClicks(m_picker->lineEdit(), u"gemma"_s);
    QTRY_VERIFY(popup->isVisible());
    // The arrows never rest on the group header; Return takes the model under the cursor.
    QCOMPARE(popup->model()->rowCount(), 3); // header, gemma, "use as id"
    QTest::keyClick(popup, Qt::Key_Down);
    QTest::keyClick(popup, Qt::Key_Up);
    QTest::keyClick(popup, Qt::Key_Up);
    QCOMPARE(popup->currentIndex().row(), 1);
    QTest::keyClick(popup, Qt::Key_Return);
    QTRY_COMPARE(m_picker->currentModel(), u"google/gemma-2-9b-it"_s);
    QCOMPARE(chosen.size(), 1);
}

void TestModelPicker::enterTakesBestMatch_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("expected");
    QTest::newRow("Mytho") << u"Mytho"_s << u"Gryphe/MythoMax-L2-13b"_s;
    QTest::newRow("gem") << u"gem"_s << u"google/gemma-2-9b-it"_s;
    QTest::newRow("70b") << u"70b"_s << u"meta-llama/Meta-Llama-3-70B-Instruct"_s;
    QTest::newRow("exact id, other case") << u"GOOGLE/gemma-2-9b-it"_s << u"google/gemma-2-9b-it"_s;
}

// Enter takes the best match, which the list shows preselected; the text typed to search is
// never the model id, and never lands in Recent.
void TestModelPicker::enterTakesBestMatch()
{
    QFETCH(QString, typed);
    QFETCH(QString, expected);
    m_picker->setShowDeprecated(true);
    QSignalSpy chosen(m_picker, &ModelPicker::modelChosen);
    m_picker->setFocus();
    m_picker->lineEdit()->selectAll();
    QTest::keyClicks(m_picker->lineEdit(), typed);
    QAbstractItemView *popup = m_picker->completer()->popup();
    QTRY_VERIFY(popup->isVisible());
    QCOMPARE(popup->currentIndex().data(ModelPicker::ModelIdRole).toString(), expected);
    QTest::keyClick(popup, Qt::Key_Return);
    QCOMPARE(chosen.size(), 1);
    QCOMPARE(chosen.first().first().toString(), expected);
    QCOMPARE(m_picker->currentModel(), expected);
    QCOMPARE(m_picker->lineEdit()->text(), expected);
    QCOMPARE(m_picker->recent(), QStringList{ expected });

    // The same with the list closed (Esc closed it, Enter in the field).
    m_picker->setCurrentModel(u"codellama/CodeLlama-34b-Instruct-hf"_s);
    m_picker->lineEdit()->selectAll();
    QTest::keyClicks(m_picker->lineEdit(), typed);
    QTRY_VERIFY(popup->isVisible());
    popup->hide();
    QTest::keyClick(m_picker->lineEdit(), Qt::Key_Return);
    QCOMPARE(m_picker->currentModel(), expected);
    QVERIFY(!m_picker->recent().contains(typed));
}

// Esc (once or twice) and clicking elsewhere put the chosen model back; nothing is chosen.
void TestModelPicker::escapeAndLeavingRestore()
{
    const QString gemma = u"google/gemma-2-9b-it"_s;
    m_picker->setCurrentModel(gemma);
    QSignalSpy chosen(m_picker, &ModelPicker::modelChosen);
    QAbstractItemView *popup = m_picker->completer()->popup();

    m_picker->setFocus();
    m_picker->lineEdit()->selectAll();
    QTest::keyClicks(m_picker->lineEdit(), u"70b"_s);
    QTRY_VERIFY(popup->isVisible());
    QTest::keyClick(popup, Qt::Key_Escape);
    QTRY_VERIFY(!popup->isVisible());
    QCOMPARE(m_picker->lineEdit()->text(), gemma);
    QTest::keyClick(m_picker, Qt::Key_Escape);
    QCOMPARE(m_picker->lineEdit()->text(), gemma);

    // Typed, list closed, then a click elsewhere.
    m_picker->lineEdit()->selectAll();
    QTest::keyClicks(m_picker->lineEdit(), u"70b"_s);
    QTRY_VERIFY(popup->isVisible());
    popup->hide();
    QCOMPARE(m_picker->lineEdit()->text(), u"70b"_s);
    QTest::mouseClick(m_elsewhere, Qt::LeftButton);
    QTRY_VERIFY(m_elsewhere->hasFocus());
    QCOMPARE(m_picker->lineEdit()->text(), gemma);
    QCOMPARE(m_picker->currentModel(), gemma);
    QCOMPARE(chosen.size(), 0);
    QVERIFY(m_picker->recent().isEmpty());
    QCOMPARE(m_config->get(Config::RecentModels).toStringList(), QStringList());
}

// Only the "use as id" row makes the typed text the model id when models match it.
void TestModelPicker::typedTextOnlyAsExplicitId()
{
    m_picker->setShowDeprecated(true); // Gryphe/MythoMax-L2-13b matches
    QSignalSpy chosen(m_picker, &ModelPicker::modelChosen);
    takeRow(u"Mytho"_s, u"Mytho"_s);
    QCOMPARE(chosen.size(), 1);
    QCOMPARE(m_picker->currentModel(), u"Mytho"_s);
    QCOMPARE(m_picker->recent(), QStringList{ u"Mytho"_s });
}

// Issue 17: models that accept images say so in their row, its tooltip and what a screen reader
// reads, whether the live list tags them, models.json lists them or their name says it.
void TestModelPicker::visionModelsMarked()
{
    m_catalog->mergeLive(parseOpenAiModelList(QJsonDocument::fromJson(R"({"data":[
        {"id":"acme/seer-7b","metadata":{"tags":["vision"],"description":"Sees."}},
        {"id":"google/gemma-3-27b-it","metadata":{}},
        {"id":"meta-llama/Llama-3.2-11B-Vision-Instruct","metadata":{}}
    ]})")
                                                  .object()));
    const QAbstractItemModel *model = m_picker->listModel();
    QStringList marked;
    for (int i = 0; i < model->rowCount(); ++i) {
        const QModelIndex index = model->index(i, 0);
        if (index.data(ModelPicker::HeaderRole).toBool())
            continue;
        const QString id = index.data(ModelPicker::ModelIdRole).toString();
        const QString text = index.data().toString();
        const bool vision = text.contains(u" · images"_s) || text.contains(u"—  images"_s);
        QCOMPARE(index.data(Qt::ToolTipRole).toString().contains(u"Accepts images"_s), vision);
        QCOMPARE(index.data(Qt::AccessibleTextRole).toString().endsWith(u", accepts images"_s),
                 vision);
        if (vision)
            marked.append(id);
    }
    marked.sort();
    QCOMPARE(marked,
             QStringList({ u"acme/seer-7b"_s, u"google/gemma-3-27b-it"_s,
                           u"meta-llama/Llama-3.2-11B-Vision-Instruct"_s }));
    // The live description stays in the tooltip, after the capability.
    for (int i = 0; i < model->rowCount(); ++i) {
        const QModelIndex index = model->index(i, 0);
        if (index.data(ModelPicker::ModelIdRole).toString() == u"acme/seer-7b"_s)
            QCOMPARE(index.data(Qt::ToolTipRole).toString(),
                     u"acme/seer-7b\nAccepts images: pictures attached to a message are sent to "
                     u"it.\nSees."_s);
    }
}

// As narrow as in the chat header of an 800 px window in German: a long id shows its start in
// the field, the list elides ids in the middle instead of scrolling sideways (which cut
// "meta-llama/…" to "eta-llama/…"), and the full id is in the tooltips.
void TestModelPicker::longIdsKeepTheirStart()
{
    const QString id = u"meta-llama/Meta-Llama-3-8B-Instruct"_s;
    m_picker->setFixedWidth(150);
    m_elsewhere->setFocus();
    m_picker->setCurrentModel(id);
    QLineEdit *edit = m_picker->lineEdit();
    QVERIFY(edit->fontMetrics().horizontalAdvance(id) > edit->width());
    QCOMPARE(edit->cursorPosition(), 0);
    QVERIFY(m_picker->toolTip().startsWith(id + u'\n'));

    QAbstractItemView *popup = m_picker->completer()->popup();
    m_picker->focusAndOpen();
    QTRY_VERIFY(popup->isVisible());
    QCOMPARE(popup->textElideMode(), Qt::ElideMiddle);
    const QAbstractItemModel *model = popup->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, 0);
        popup->scrollTo(index);
        const QRect rect = popup->visualRect(index);
        QVERIFY2(rect.left() >= 0 && rect.right() <= popup->viewport()->width(),
                 qPrintable(index.data().toString()));
        if (!index.data(ModelPicker::HeaderRole).toBool())
            QVERIFY(index.data(Qt::ToolTipRole)
                        .toString()
                        .startsWith(index.data(ModelPicker::ModelIdRole).toString()));
    }
    // Taking a row shows the start of the chosen id too.
    QTest::keyClick(popup, Qt::Key_Escape);
    QTRY_VERIFY(!popup->isVisible());
    takeRow(u"gemma"_s, u"google/gemma-2-9b-it"_s);
    m_elsewhere->setFocus();
    QCOMPARE(m_picker->currentModel(), u"google/gemma-2-9b-it"_s);
    QCOMPARE(edit->cursorPosition(), 0);
    QVERIFY(m_picker->toolTip().startsWith(u"google/gemma-2-9b-it\n"_s));
}

// In a narrow field (the compare row, an 800 px window) the list is as wide as its rows, up to
// the screen: the ids and their marks ("images", prices) were elided to a few letters.
void TestModelPicker::popupAsWideAsItsRows()
{
    m_catalog->mergeLive(parseOpenAiModelList(QJsonDocument::fromJson(R"({"data":[
        {"id":"meta-llama/Llama-3.2-11B-Vision-Instruct","metadata":{"context_length":131072,
         "pricing":{"input_tokens":0.049,"output_tokens":0.049}}}
    ]})")
                                                  .object()));
    m_picker->setFixedWidth(150);
    QAbstractItemView *popup = m_picker->completer()->popup();
    const auto check = [&] {
        const QAbstractItemModel *model = popup->model();
        const int screen = popup->screen()->availableGeometry().width();
        QVERIFY(popup->width() <= screen);
        for (int row = 0; row < model->rowCount(); ++row) {
            const QModelIndex index = model->index(row, 0);
            if (index.data(ModelPicker::HeaderRole).toBool())
                continue;
            const QString text = index.data().toString();
            QVERIFY2(popup->fontMetrics().horizontalAdvance(text) < popup->viewport()->width()
                         || popup->width() == screen,
                     qPrintable(u"%1 in %2 px"_s.arg(text).arg(popup->viewport()->width())));
        }
        QVERIFY(popup->geometry().right() <= popup->screen()->availableGeometry().right());
    };
    m_picker->focusAndOpen();
    QTRY_VERIFY(popup->isVisible());
    check();
    // Typing narrows the rows; the list stays readable.
    QTest::keyClicks(m_picker->lineEdit(), u"vision"_s);
    QTRY_VERIFY(popup->isVisible());
    check();
}

QTEST_MAIN(TestModelPicker)
#include "tst_modelpicker.moc"
