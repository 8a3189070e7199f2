#include "api/apiclient.h"
#include "evaluate/judgedialog.h"
#include "fakeserver.h"
#include "modelpicker.h"
#include "models/modelcatalog.h"
#include "sqltrace.h"
#include "store/database.h"
#include "store/evalstore.h"

#include <QCheckBox>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>

#include <memory>

using namespace Qt::StringLiterals;

// The judge dialog against the fake server, offscreen: estimate, run, agreement, confirm, undo.
class TestJudgeDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_server = std::make_unique<FakeServer>();
        QVERIFY(m_server->listen());
        m_client = std::make_unique<ApiClient>();
        m_client->setApiKey(u"test-key"_s);
        Endpoint endpoint;
        endpoint.name = u"Fake"_s;
        endpoint.kind = Endpoint::Kind::DeepInfra;
        endpoint.baseUrl = QUrl(m_server->baseUrl() + u"/v1/openai"_s);
        m_client->setEndpoint(endpoint);
        m_dir = std::make_unique<QTemporaryDir>();
        m_db = std::make_unique<Database>();
        QVERIFY(m_db->open(m_dir->filePath(u"sift.db"_s)).ok());
        m_store = std::make_unique<EvalStore>(m_db.get());
        m_setId = m_store->createSet(u"judge"_s);
        QVERIFY(m_store->addQuery(m_setId, 0, { u"q1"_s, u"red apple pie"_s, {} }));
        QVERIFY(m_store->addDocument(m_setId, { u"d1"_s, {}, u"red apple pie"_s })); // 3
        QVERIFY(m_store->addDocument(m_setId, { u"d2"_s, {}, u"apple pie"_s }));     // 2
        QVERIFY(m_store->addDocument(m_setId, { u"d3"_s, {}, u"tax forms"_s }));     // 0
        QVERIFY(m_store->setJudgment(m_setId, u"q1"_s, u"d1"_s, 2));
        QVERIFY(m_store->setCandidates(
            m_setId, u"q1"_s, { { u"d1"_s, 1, {} }, { u"d2"_s, 2, {} }, { u"d3"_s, 3, {} } }));
        ModelInfo priced;
        priced.id = m_model;
        priced.type = ModelInfo::Type::Chat;
        priced.priceInPerMTok = 1.0;
        priced.priceOutPerMTok = 1.0;
        m_catalog.mergeLive({ priced });
    }

    void cleanup()
    {
        m_store.reset();
        m_db.reset();
        m_dir.reset();
        m_client.reset();
        m_server.reset();
    }

    void runsShowsAgreementAndConfirms()
    {
        JudgeDialog dialog(m_store.get(), m_client.get(), m_setId);
        dialog.setCatalog(&m_catalog);
        dialog.setModel(m_model);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));

        auto *estimate = dialog.findChild<QLabel *>(u"judgeEstimate"_s);
        auto *run = dialog.findChild<QPushButton *>(u"judgeRun"_s);
        auto *include = dialog.findChild<QCheckBox *>(u"judgeIncludeJudged"_s);
        auto *progress = dialog.findChild<QProgressBar *>(u"judgeProgress"_s);
        auto *kappa = dialog.findChild<QLabel *>(u"judgeKappa"_s);
        auto *matrix = dialog.findChild<QTableWidget *>(u"judgeConfusion"_s);
        auto *confirm = dialog.findChild<QPushButton *>(u"judgeConfirm"_s);
        auto *undo = dialog.findChild<QPushButton *>(u"judgeUndo"_s);
        auto *system = dialog.findChild<QPlainTextEdit *>(u"judgeSystemPrompt"_s);
        QVERIFY(estimate && run && include && progress && kappa && matrix && confirm && undo
                && system);
        QCOMPARE(estimate->textFormat(), Qt::PlainText);
        QCOMPARE(system->toPlainText(), JudgePrompt::defaultSystemPrompt());

        // Two unjudged candidates; with "also graded" three, and a price from the catalog.
        QTRY_VERIFY2(estimate->text().contains(u"2 request"_s), qPrintable(estimate->text()));
        QVERIFY(estimate->text().contains(u"$"_s));
        include->setChecked(true);
        QTRY_VERIFY2(estimate->text().contains(u"3 request"_s), qPrintable(estimate->text()));
        QVERIFY(!confirm->isEnabled());
        QCOMPARE(m_server->requestCount(), 0);

        QVERIFY(run->isEnabled());
        QTest::mouseClick(run, Qt::LeftButton);
        QVERIFY(dialog.isRunning());
        QVERIFY(!run->isEnabled());
        QTRY_VERIFY(!dialog.isRunning());
        QCOMPARE(progress->value(), 3);
        QCOMPARE(m_server->requestCount(), 3);
        // d1: human 2, suggested 3.
        QTRY_COMPARE(matrix->item(2, 3)->text(), u"1"_s); // the agreement is read on a worker
        QCOMPARE(matrix->item(0, 0)->text(), u"0"_s);
        QTRY_VERIFY2(kappa->text().contains(u"1 pair"_s), qPrintable(kappa->text()));
        QTRY_VERIFY(estimate->text().contains(u"Nothing to ask"_s));
        QVERIFY(!run->isEnabled());

        // Confirm asks first; Cancel changes nothing.
        QVERIFY(confirm->isEnabled());
        QTRY_VERIFY(confirm->isEnabled());
        QTest::mouseClick(confirm, Qt::LeftButton);
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = dialog.findChild<QMessageBox *>(u"judgeConfirmBox"_s)));
        QVERIFY(box->text().contains(u"2 suggested"_s));
        box->button(QMessageBox::Cancel)->click();
        QCOMPARE(m_store->qrels(m_setId).value(u"q1"_s).size(), 1);

        QTest::mouseClick(confirm, Qt::LeftButton);
        QTRY_VERIFY((box = dialog.findChild<QMessageBox *>(u"judgeConfirmBox"_s))
                    && box->isVisible());
        box->button(QMessageBox::Yes)->click();
        QTRY_COMPARE(m_store->qrels(m_setId).value(u"q1"_s).size(), 3);
        QCOMPARE(m_store->qrels(m_setId).value(u"q1"_s).value(u"d1"_s), 2); // human kept
        QVERIFY(undo->isEnabled());
        QTRY_VERIFY(!confirm->isEnabled());

        QTest::mouseClick(undo, Qt::LeftButton);
        QCOMPARE(m_store->qrels(m_setId).value(u"q1"_s).size(), 1);
        QCOMPARE(m_store->qrels(m_setId, Eval::JudgmentSource::Suggested).value(u"q1"_s).size(), 3);
        QVERIFY(!undo->isEnabled());
    }

    void cancelStopsTheRun()
    {
        m_server->setDefaultFault(u"slow-first=2000"_s);
        JudgeDialog dialog(m_store.get(), m_client.get(), m_setId);
        dialog.setModel(m_model);
        dialog.show();
        auto *run = dialog.findChild<QPushButton *>(u"judgeRun"_s);
        auto *cancel = dialog.findChild<QPushButton *>(u"judgeCancel"_s);
        auto *result = dialog.findChild<QLabel *>(u"judgeResult"_s);
        QTRY_VERIFY(run->isEnabled());
        QTest::mouseClick(run, Qt::LeftButton);
        QVERIFY(cancel->isEnabled());
        QTest::mouseClick(cancel, Qt::LeftButton);
        QTRY_VERIFY(!dialog.isRunning());
        QVERIFY2(result->text().startsWith(u"Cancelled"_s), qPrintable(result->text()));
        QTRY_VERIFY(run->isEnabled());
        QVERIFY(m_store->qrels(m_setId, Eval::JudgmentSource::Suggested).isEmpty());
    }

    // The estimate and the agreement are read on workers: the GUI thread's connection runs no
    // statement on the set, the dialog says it is estimating and holds Run back meanwhile.
    void estimateIsReadOnAWorker()
    {
        SqlTrace trace(m_db->connection(), "eval_");
        QVERIFY(trace.isValid());
        JudgeDialog dialog(m_store.get(), m_client.get(), m_setId);
        dialog.setCatalog(&m_catalog);
        dialog.setModel(m_model);
        auto *estimate = dialog.findChild<QLabel *>(u"judgeEstimate"_s);
        auto *run = dialog.findChild<QPushButton *>(u"judgeRun"_s);
        auto *kappa = dialog.findChild<QLabel *>(u"judgeKappa"_s);
        QVERIFY(estimate && run && kappa);
        QVERIFY(dialog.isEstimating());
        QVERIFY2(estimate->text().contains(u"Estimating"_s), qPrintable(estimate->text()));
        QVERIFY(!run->isEnabled());
        QSignalSpy shown(&dialog, &JudgeDialog::estimateShown);
        QVERIFY(shown.wait(10000));
        QVERIFY2(estimate->text().contains(u"2 request"_s), qPrintable(estimate->text()));
        QVERIFY(run->isEnabled());
        QTRY_VERIFY(!dialog.isReadingAgreement());
        QVERIFY(kappa->text().contains(u"No pair"_s));
        // A run of what was estimated reads nothing more on the GUI thread either.
        QTest::mouseClick(run, Qt::LeftButton);
        QTRY_VERIFY(!dialog.isRunning());
        QCOMPARE(m_server->requestCount(), 2);
        QTRY_VERIFY(estimate->text().contains(u"Nothing to ask"_s));
        QTRY_VERIFY(!dialog.isReadingAgreement());
        // Writing the suggested grades is the run's business; reading is not.
        QList<QByteArray> reads;
        for (const QByteArray &sql : trace.statements()) {
            if (sql.trimmed().startsWith("SELECT"))
                reads.append(sql);
        }
        QVERIFY2(reads.isEmpty(), reads.join("\n").constData());
    }

    // Closing while the estimate is read drops it: nothing waits for the worker, and its answer
    // is not shown; deleting the dialog meanwhile is safe.
    void closingDropsTheEstimate()
    {
        auto *dialog = new JudgeDialog(m_store.get(), m_client.get(), m_setId);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setModel(m_model);
        dialog->show();
        QVERIFY(dialog->isEstimating());
        QSignalSpy shown(dialog, &JudgeDialog::estimateShown);
        QPointer<JudgeDialog> guard(dialog);
        dialog->close();
        QVERIFY(!dialog->isEstimating() || !guard);
        QTRY_VERIFY(!guard); // deleted while the worker may still read
        QThreadPool::globalInstance()->waitForDone();
        QCoreApplication::processEvents();
        QCOMPARE(shown.size(), 0);
        QCOMPARE(m_server->requestCount(), 0);

        // Open, then Escape (reject) before the estimate comes: no estimate shown.
        JudgeDialog again(m_store.get(), m_client.get(), m_setId);
        again.setModel(m_model);
        again.show();
        // The answer comes through the event loop: nothing has run it since the dialog opened.
        QVERIFY(again.isEstimating());
        QSignalSpy shownAgain(&again, &JudgeDialog::estimateShown);
        QTest::keyClick(&again, Qt::Key_Escape);
        QVERIFY(!again.isVisible());
        QVERIFY(!again.isEstimating());
        QThreadPool::globalInstance()->waitForDone();
        QCoreApplication::processEvents();
        QCOMPARE(shownAgain.size(), 0);
    }

    // Opened at its own size, the dialog shows the whole confusion matrix (four grades by four)
    // and fits an 800×600 screen.
    void matrixShowsEveryGrade()
    {
        JudgeDialog dialog(m_store.get(), m_client.get(), m_setId);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *matrix = dialog.findChild<QTableWidget *>(u"judgeConfusion"_s);
        QVERIFY(matrix);
        qInfo("dialog %d×%d, minimum %d×%d", dialog.width(), dialog.height(),
              dialog.minimumSizeHint().width(), dialog.minimumSizeHint().height());
        QVERIFY2(dialog.height() <= 600 && dialog.width() <= 800,
                 qPrintable(u"%1×%2"_s.arg(dialog.width()).arg(dialog.height())));
        const int last = matrix->rowViewportPosition(3) + matrix->rowHeight(3);
        QVERIFY2(
            last <= matrix->viewport()->height(),
            qPrintable(u"row 4 ends at %1 of %2"_s.arg(last).arg(matrix->viewport()->height())));
    }

private:
    const QString m_model = u"meta-llama/Meta-Llama-3-8B-Instruct"_s;
    std::unique_ptr<FakeServer> m_server;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<EvalStore> m_store;
    ModelCatalog m_catalog;
    qint64 m_setId = 0;
};

QTEST_MAIN(TestJudgeDialog)
#include "tst_judgedialog.moc"
