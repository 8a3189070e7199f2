#include "workbenchsetsdialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

WorkbenchSetsDialog::WorkbenchSetsDialog(WorkbenchStore *store, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_model(new WorkbenchSetListModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_filter(new QLineEdit(this))
    , m_view(new QTableView(this))
    , m_message(new QLabel(this))
    , m_openButton(new QPushButton(tr("&Open"), this))
    , m_renameButton(new QPushButton(tr("&Rename"), this))
    , m_deleteButton(new QPushButton(tr("&Delete"), this))
    , m_undoButton(new QPushButton(tr("&Undo delete"), this))
{
    setWindowTitle(tr("Open Rerank Set"));
    setAccessibleName(tr("Saved rerank sets"));
    resize(640, 420);

    m_filter->setPlaceholderText(tr("Filter by name…"));
    m_filter->setAccessibleName(tr("Filter sets"));
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, this, &WorkbenchSetsDialog::setFilterText);

    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterKeyColumn(NameColumn);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortRole(SortRole);
    m_view->setModel(m_proxy);
    m_view->setAccessibleName(tr("Saved sets"));
    m_view->setToolTip(tr("Enter opens the set, F2 renames it, Delete removes it"));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::EditKeyPressed);
    m_view->setSortingEnabled(true);
    m_view->verticalHeader()->hide();
    m_view->setWordWrap(false);
    m_view->setAlternatingRowColors(true);
    m_view->horizontalHeader()->setStretchLastSection(false);
    connect(m_view, &QTableView::doubleClicked, this, &WorkbenchSetsDialog::openSelected);

    auto *deleteAction = new QAction(tr("Delete"), m_view);
    deleteAction->setShortcut(QKeySequence::Delete);
    deleteAction->setShortcutContext(Qt::WidgetShortcut);
    connect(deleteAction, &QAction::triggered, this, &WorkbenchSetsDialog::deleteSelected);
    m_view->addAction(deleteAction);

    m_message->setAccessibleName(tr("Sets message"));
    m_message->setWordWrap(true);
    m_message->hide();

    m_openButton->setDefault(true);
    m_openButton->setAccessibleName(tr("Open set"));
    m_openButton->setToolTip(tr("Show the set and its last results in the workbench"));
    m_renameButton->setAccessibleName(tr("Rename set"));
    m_renameButton->setToolTip(tr("Type a new name for the selected set (F2)"));
    m_deleteButton->setAccessibleName(tr("Delete set"));
    m_deleteButton->setToolTip(tr("Remove the selected set and its results (Delete); you can "
                                  "undo this until the dialog closes"));
    m_undoButton->setAccessibleName(tr("Undo delete"));
    m_undoButton->setToolTip(tr("Put the deleted set back"));
    m_undoButton->hide();
    for (QPushButton *button : { m_renameButton, m_deleteButton, m_undoButton })
        button->setAutoDefault(false);
    connect(m_openButton, &QPushButton::clicked, this, &WorkbenchSetsDialog::openSelected);
    connect(m_renameButton, &QPushButton::clicked, this, [this] {
        const QModelIndex current = m_view->currentIndex();
        if (current.isValid())
            m_view->edit(current.siblingAtColumn(NameColumn));
    });
    connect(m_deleteButton, &QPushButton::clicked, this, &WorkbenchSetsDialog::deleteSelected);
    connect(m_undoButton, &QPushButton::clicked, this, &WorkbenchSetsDialog::undoDelete);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_openButton, QDialogButtonBox::ActionRole);
    buttons->addButton(m_renameButton, QDialogButtonBox::ActionRole);
    buttons->addButton(m_deleteButton, QDialogButtonBox::ActionRole);
    buttons->addButton(m_undoButton, QDialogButtonBox::ActionRole);
    buttons->button(QDialogButtonBox::Close)->setAccessibleName(tr("Close"));
    buttons->button(QDialogButtonBox::Close)->setAutoDefault(false);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_filter);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_message);
    layout->addWidget(buttons);

    // A rename typed in place.
    connect(m_model, &WorkbenchSetListModel::renameRequested, this,
            [this](qint64 id, const QString &name) {
                // Not while the view is still writing into the row that reload() would reset.
                QMetaObject::invokeMethod(
                    this,
                    [this, id, name] {
                        if (!renameSet(id, name))
                            reload();
                    },
                    Qt::QueuedConnection);
            });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &WorkbenchSetsDialog::updateButtons);
    reload();
    m_view->sortByColumn(UpdatedColumn, Qt::DescendingOrder);
    if (m_proxy->rowCount() > 0)
        m_view->setCurrentIndex(m_proxy->index(0, NameColumn));
    m_view->setFocus();
    updateButtons();
}

void WorkbenchSetListModel::setSets(const QList<WorkbenchSetSummary> &sets)
{
    beginResetModel();
    m_sets = sets;
    endResetModel();
}

int WorkbenchSetListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_sets.size());
}

int WorkbenchSetListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant WorkbenchSetListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_sets.size())
        return {};
    const WorkbenchSetSummary &set = m_sets.at(index.row());
    if (role == IdRole)
        return set.id;
    switch (index.column()) {
    case NameColumn:
        if (role == Qt::DisplayRole || role == Qt::EditRole || role == Qt::ToolTipRole)
            return set.name;
        if (role == SortRole)
            return set.name.toLower();
        return {};
    case DocumentsColumn:
        if (role == Qt::DisplayRole)
            return QLocale().toString(set.documentCount);
        if (role == SortRole)
            return set.documentCount;
        if (role == Qt::TextAlignmentRole)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case UpdatedColumn:
        if (role == Qt::DisplayRole)
            return QLocale().toString(set.updated.toLocalTime(), QLocale::ShortFormat);
        if (role == SortRole)
            return set.updated.toMSecsSinceEpoch();
        return {};
    default:
        return {};
    }
}

bool WorkbenchSetListModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || index.column() != NameColumn || role != Qt::EditRole
        || index.row() >= m_sets.size())
        return false;
    const QString name = value.toString();
    if (name == m_sets.at(index.row()).name)
        return true;
    Q_EMIT renameRequested(m_sets.at(index.row()).id, name);
    return true;
}

QVariant WorkbenchSetListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case DocumentsColumn:
        return tr("Documents");
    case UpdatedColumn:
        return tr("Updated");
    default:
        return {};
    }
}

Qt::ItemFlags WorkbenchSetListModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.column() == NameColumn)
        flags |= Qt::ItemIsEditable;
    return flags;
}

void WorkbenchSetsDialog::reload()
{
    const qint64 selected = selectedId();
    const QList<WorkbenchSetSummary> sets
        = m_store ? m_store->listSets() : QList<WorkbenchSetSummary>();
    m_model->setSets(sets);
    QHeaderView *header = m_view->horizontalHeader();
    header->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(DocumentsColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(UpdatedColumn, QHeaderView::ResizeToContents);
    if (selected)
        select(selected);
    if (sets.isEmpty())
        showMessage(tr("No sets saved yet. In the workbench, Save set (Ctrl+S) keeps the query, "
                       "documents, labels, models and results; every run is saved too."));
    updateButtons();
}

void WorkbenchSetsDialog::setFilterText(const QString &text)
{
    if (m_filter->text() != text)
        m_filter->setText(text); // comes back here through textChanged
    m_proxy->setFilterFixedString(text);
    if (!m_view->currentIndex().isValid() && m_proxy->rowCount() > 0)
        m_view->setCurrentIndex(m_proxy->index(0, NameColumn));
    updateButtons();
}

QList<qint64> WorkbenchSetsDialog::shownIds() const
{
    QList<qint64> ids;
    for (int row = 0; row < m_proxy->rowCount(); ++row)
        ids << m_proxy->index(row, NameColumn).data(IdRole).toLongLong();
    return ids;
}

void WorkbenchSetsDialog::select(qint64 id)
{
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const QModelIndex index = m_proxy->index(row, NameColumn);
        if (index.data(IdRole).toLongLong() == id) {
            m_view->setCurrentIndex(index);
            return;
        }
    }
}

qint64 WorkbenchSetsDialog::selectedId() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? current.siblingAtColumn(NameColumn).data(IdRole).toLongLong() : 0;
}

bool WorkbenchSetsDialog::renameSet(qint64 id, const QString &name)
{
    if (!m_store)
        return false;
    if (name.trimmed().isEmpty()) {
        showMessage(tr("A set needs a name. Type one, or press Esc to keep the old name."));
        return false;
    }
    if (!m_store->renameSet(id, name)) {
        showMessage(tr("The set could not be renamed. Check that the disk is not full and the "
                       "history file is writable."));
        return false;
    }
    showMessage({});
    reload();
    select(id);
    return true;
}

bool WorkbenchSetsDialog::deleteSelected()
{
    const qint64 id = selectedId();
    if (!m_store || !id)
        return false;
    // The whole set with its results: what Undo puts back.
    std::optional<WorkbenchSetRecord> record = m_store->loadSet(id);
    if (!record || !m_store->deleteSet(id)) {
        showMessage(tr("The set could not be deleted. Check that the history file is writable, "
                       "then try again."));
        return false;
    }
    m_deleted = std::move(record);
    reload();
    showMessage(tr("Deleted “%1”. Undo delete puts it back.").arg(m_deleted->name));
    m_undoButton->show();
    Q_EMIT setDeleted(id);
    return true;
}

bool WorkbenchSetsDialog::undoDelete()
{
    if (!m_store || !m_deleted)
        return false;
    const qint64 newId = m_store->insertSet(*m_deleted);
    if (!newId) {
        showMessage(tr("The set could not be put back. Check that the disk is not full, then "
                       "try Undo delete again."));
        return false;
    }
    const qint64 oldId = m_deleted->id;
    showMessage(tr("Put “%1” back.").arg(m_deleted->name));
    m_deleted.reset();
    m_undoButton->hide();
    reload();
    select(newId);
    Q_EMIT setRestored(oldId, newId);
    return true;
}

QString WorkbenchSetsDialog::message() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

void WorkbenchSetsDialog::openSelected()
{
    const qint64 id = selectedId();
    if (!id)
        return;
    Q_EMIT openRequested(id);
    accept();
}

void WorkbenchSetsDialog::updateButtons()
{
    const bool any = selectedId() != 0;
    m_openButton->setEnabled(any);
    m_renameButton->setEnabled(any);
    m_deleteButton->setEnabled(any);
}

void WorkbenchSetsDialog::showMessage(const QString &text)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}
