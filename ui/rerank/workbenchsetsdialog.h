#pragma once

#include "store/workbenchstore.h"

#include <QAbstractTableModel>
#include <QDialog>
#include <QPointer>

#include <optional>

class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

// The saved sets as a table: name (editable: a rename asks renameRequested), documents, last
// update. Sorting by SortRole, ids by IdRole.
class WorkbenchSetListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, DocumentsColumn, UpdatedColumn, ColumnCount };
    static constexpr int IdRole = Qt::UserRole + 1;
    static constexpr int SortRole = Qt::UserRole + 2;
    using QAbstractTableModel::QAbstractTableModel;

    void setSets(const QList<WorkbenchSetSummary> &sets);
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

Q_SIGNALS:
    void renameRequested(qint64 id, const QString &name);

private:
    QList<WorkbenchSetSummary> m_sets;
};

// "Open set…" of the rerank workbench: the sets saved in the history (name, documents, last
// update), newest first, with a filter, Open, Rename (in place) and Delete. A delete can be
// undone while the dialog is open (the whole set with its results is put back).
class WorkbenchSetsDialog : public QDialog
{
    Q_OBJECT
public:
    enum Column {
        NameColumn = WorkbenchSetListModel::NameColumn,
        DocumentsColumn = WorkbenchSetListModel::DocumentsColumn,
        UpdatedColumn = WorkbenchSetListModel::UpdatedColumn
    };
    static constexpr int IdRole = WorkbenchSetListModel::IdRole;
    static constexpr int SortRole = WorkbenchSetListModel::SortRole;

    explicit WorkbenchSetsDialog(WorkbenchStore *store, QWidget *parent = nullptr);

    // Rereads the list from the store, keeping the selection when the set is still there.
    void reload();
    void setFilterText(const QString &text);
    // Ids in the order shown (filter and sorting applied).
    QList<qint64> shownIds() const;
    void select(qint64 id);
    qint64 selectedId() const; // 0 when nothing is selected

    bool renameSet(qint64 id, const QString &name);
    bool deleteSelected();
    bool undoDelete();
    // The line under the list (what was deleted, errors).
    QString message() const;
    QTableView *view() const { return m_view; }

Q_SIGNALS:
    void openRequested(qint64 id);
    void setDeleted(qint64 id);
    // An undone delete put the set back under a new id.
    void setRestored(qint64 oldId, qint64 newId);

private:
    void openSelected();
    void updateButtons();
    void showMessage(const QString &text);

    QPointer<WorkbenchStore> m_store;
    WorkbenchSetListModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLineEdit *m_filter;
    QTableView *m_view;
    QLabel *m_message;
    QPushButton *m_openButton;
    QPushButton *m_renameButton;
    QPushButton *m_deleteButton;
    QPushButton *m_undoButton;
    std::optional<WorkbenchSetRecord> m_deleted;
};
