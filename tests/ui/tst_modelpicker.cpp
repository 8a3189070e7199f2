#include "config/config.h"
#include "modelpicker.h"
#include "models/modelcatalog.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QJsonDocument>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

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

private:
    QStringList rows() const;
    QStringList modelIds() const;
    QStringList headers() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Config> m_config;
    std::unique_ptr<ModelCatalog> m_catalog;
    std::unique_ptr<ModelPicker> m_picker;
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
    m_picker = std::make_unique<ModelPicker>();
    m_picker->setConfig(m_config.get());
    m_picker->setCatalog(m_catalog.get());
    m_picker->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_picker.get()));
}

void TestModelPicker::cleanup()
{
    m_picker.reset();
    m_catalog.reset();
    m_config.reset();
    m_dir.reset();
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
    QCOMPARE(headers().first(), u"Favorites"_s);
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
    QSignalSpy chosen(m_picker.get(), &ModelPicker::modelChosen);
    const QStringList used = { u"a/one"_s,  u"b/two"_s, u"c/three"_s, u"d/four"_s,
                               u"e/five"_s, u"f/six"_s, u"b/two"_s };
    for (const QString &id : used) {
        m_picker->lineEdit()->setText(id);
        Q_EMIT m_picker->lineEdit()->editingFinished();
    }
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
    QSignalSpy chosen(m_picker.get(), &ModelPicker::modelChosen);
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

    QSignalSpy chosen(m_picker.get(), &ModelPicker::modelChosen);
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

QTEST_MAIN(TestModelPicker)
#include "tst_modelpicker.moc"
