#pragma once

#include "rerank/rerankresult.h"
#include "rerank/rerankset.h"
#include "rerank/workbenchsession.h"
#include "rerankinputpanel.h"
#include "rerankmodelspanel.h"

#include <QList>
#include <QWidget>

#include <functional>

class ApiClient;
class Config;
class ModelCatalog;
class QAction;
class QLabel;
class QListView;
class QPushButton;
class QTableView;
class RerankComparisonPanel;
class RerankDocumentModel;
class RerankInputPanel;
class RerankModelsPanel;
class RerankRankingsPanel;
class SlopegraphChart;
class WorkbenchSession;
class WorkbenchStore;

// The workbench's commands, for its own buttons and menus and for the window's Rerank menu. The
// window makes them before the workbench exists (it is built when its tab is first shown), so
// the menu works at once and creates the workbench on first use.
struct RerankActions
{
    QAction *run = nullptr;
    QAction *cancel = nullptr;
    QAction *newSet = nullptr;
    QAction *openSet = nullptr;
    QAction *saveSet = nullptr;
    QAction *saveSetAs = nullptr;
    QAction *exportSet = nullptr;
    QAction *importSet = nullptr;
    QAction *loadExample = nullptr;
    QList<QAction *> all() const
    {
        return {
            run, cancel, newSet, openSet, saveSet, saveSetAs, exportSet, importSet, loadExample
        };
    }
};

// The Rerank tab: one query against many documents, ranked by several rerank models side by
// side. Layout and wiring only: the state and the work are WorkbenchSession's (core); the
// panels present it. Left: RerankInputPanel (query, instruction, documents with labels) and
// RerankModelsPanel (models, top-N, batch size) with Run/Cancel and the message line; right:
// RerankRankingsPanel (a column per model) above RerankComparisonPanel (slopegraph, agreement,
// moved most, and the label metrics).
//
// With a WorkbenchStore the input is a set kept in the history and saved as it is edited; a run
// saves its results as they come in. Without one (the history could not be opened) sets go to
// and come from JSON files only.
class RerankWorkbench : public QWidget
{
    Q_OBJECT
public:
    // With `actions` (made by createActions() and connected by bindActions() by their owner)
    // the workbench uses those; without, it makes and connects its own.
    explicit RerankWorkbench(QWidget *parent = nullptr, const RerankActions *actions = nullptr);
    ~RerankWorkbench() override;

    // The actions with their texts, tooltips and shortcuts, owned by `owner`, not connected.
    static RerankActions createActions(QObject *owner);
    // Connects each action to the workbench `target` returns when it is triggered.
    static void bindActions(const RerankActions &actions, QObject *context,
                            const std::function<RerankWorkbench *()> &target);

    WorkbenchSession *session() const { return m_session; }
    void setApiClient(ApiClient *client);
    void setCatalog(const ModelCatalog *catalog);
    void setConfig(Config *config);
    void setStore(WorkbenchStore *store);
    WorkbenchStore *store() const { return m_session->store(); }
    // A sample query and a dozen documents, for the demo and first-time users.
    void loadSample();

    // What Run would send now.
    RerankSet currentSet() const;
    // Replaces the input (query, instruction, documents, models, top-N, batch size).
    void setSet(const RerankSet &set);
    QStringList checkedModels() const { return m_models->checkedModels(); }
    void setModelChecked(const QString &id, bool checked)
    {
        m_models->setModelChecked(id, checked);
    }

    bool isRunning() const { return m_session->isRunning(); }
    QList<RerankResult> results() const { return m_session->results(); }
    const RerankSet &resultSet() const { return m_session->resultSet(); }

    QAction *runAction() const { return m_actions.run; }
    QAction *cancelAction() const { return m_actions.cancel; }
    RerankDocumentModel *documentModel() const;
    QTableView *documentView() const;
    QListView *resultView(const QString &model) const;
    QString modelStatusText(const QString &model) const;
    QString modelErrorText(const QString &model) const;
    // The name a model is shown by in headers, tables and the chart (ModelLabels' rule over the
    // models on screen); the full id is in the tooltips.
    QString modelLabel(const QString &model) const;
    SlopegraphChart *slopegraph() const;
    QTableView *pairTable() const;
    QTableView *movedTable() const;
    QTableView *labelMetricsTable() const;
    QString message() const;

    qint64 currentSetId() const { return m_session->setId(); }
    QString currentSetName() const { return m_session->setName(); }
    bool saveSet(const QString &name = {}) { return m_session->saveSet(name); }
    bool saveSetAs(const QString &name) { return m_session->saveSetAs(name); }
    bool openSet(qint64 id) { return m_session->openSet(id); }
    void newSet();
    bool isModified() const { return m_session->isModified(); }
    // Writes pending edits now (quit, New, Open). False when the store refused them.
    bool saveEdits() { return m_session->saveEdits(); }
    bool exportSet(const QString &path, QString *error = nullptr)
    {
        return m_session->exportSet(path, error);
    }
    bool importSet(const QString &path, QString *error = nullptr)
    {
        return m_session->importSet(path, error);
    }
    QAction *newSetAction() const { return m_actions.newSet; }
    QAction *openSetAction() const { return m_actions.openSet; }
    QAction *saveSetAction() const { return m_actions.saveSet; }
    QAction *saveSetAsAction() const { return m_actions.saveSetAs; }
    QAction *exportSetAction() const { return m_actions.exportSet; }
    QAction *importSetAction() const { return m_actions.importSet; }
    QAction *loadExampleAction() const { return m_actions.loadExample; }

    bool exportResultsCsv(const QString &path, QString *error = nullptr) const
    {
        return m_session->exportResultsCsv(path, error);
    }
    bool exportResultsJson(const QString &path, QString *error = nullptr) const
    {
        return m_session->exportResultsJson(path, error);
    }
    bool saveSetFile(const QString &path, QString *error = nullptr) const
    {
        return m_session->saveSetFile(path, error);
    }
    // A set file of either format (as importSet()).
    bool openSetFile(const QString &path, QString *error = nullptr)
    {
        return m_session->importSet(path, error);
    }

public Q_SLOTS:
    void run();
    void cancel() { m_session->cancel(); }
    // A new set holding the sample (Load Example).
    void loadExample();
    void chooseOpenSet();
    void chooseSaveSet(bool asNew);
    void chooseExportSet();
    void chooseImportSet();
    void pasteDocuments(const QString &text) { m_input->pasteDocuments(text); }
    void importFile(const QString &path) { m_input->importFile(path); }
    void copyChart();

Q_SIGNALS:
    void runStarted();
    void runFinished();
    void metricsUpdated();
    void currentSetChanged(qint64 id, const QString &name);
    void resultsSaved();

protected:
    void focusInEvent(QFocusEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    QWidget *createLeftColumn();
    void pushInput();
    void loadInput();
    void rebuildColumns();
    void updateActions();
    void showMessage(const QString &text);
    bool confirmCost();

    WorkbenchSession *m_session;
    RerankInputPanel *m_input = nullptr;
    RerankModelsPanel *m_models = nullptr;
    RerankRankingsPanel *m_rankings = nullptr;
    RerankComparisonPanel *m_comparison = nullptr;
    QPushButton *m_runButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QLabel *m_message = nullptr;
    RerankActions m_actions;
    int m_loading = 0;
    QString m_collection; // the input's knowledge collection (RerankSet::collection)
};
