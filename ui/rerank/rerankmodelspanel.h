#pragma once

#include "rerank/rerankset.h"

#include <QPointer>
#include <QWidget>

class ModelCatalog;
class ModelPicker;
class QListWidget;
class QSpinBox;

// The workbench's model choice: the rerankers to compare (the catalog's, the default Qwen
// three and ids the user added, checkable), a picker to add any id, top-N and batch size.
class RerankModelsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit RerankModelsPanel(QWidget *parent = nullptr);

    static const QStringList &defaultModels();

    void setCatalog(const ModelCatalog *catalog);
    QStringList checkedModels() const;
    // Checks (or unchecks) a model, adding it to the list when it is not there.
    void setModelChecked(const QString &id, bool checked);
    int topN() const;
    int batchSize() const;
    // Models (when the set names any), top-N and batch size, without emitting edited().
    void load(const RerankSet &set);
    QListWidget *modelList() const { return m_modelList; }

Q_SIGNALS:
    void edited();

private:
    void rebuildModelList();
    void addModelFromField();

    QPointer<const ModelCatalog> m_catalog;
    QListWidget *m_modelList;
    ModelPicker *m_addModel;
    QSpinBox *m_topN;
    QSpinBox *m_batchSize;
    int m_loading = 0;
};
