#pragma once

#include "store/conversationstore.h"

#include <QAbstractListModel>
#include <QDate>
#include <QPointer>

// The sidebar's rows: stored conversations, pinned first, then grouped by last activity
// (Today / Yesterday / Earlier) under header rows that cannot be selected. Reloads whenever the
// store says the list changed; a message added to one conversation moves and updates only that
// row. Either way the view gets row inserts, moves, removals and dataChanged, never a reset (a
// reset loses the selection, the scroll position and the keyboard focus row). Renaming goes
// through setData (F2 in the view).
class ConversationListModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Roles {
        IdRole = Qt::UserRole + 1, // qlonglong: conversation id, 0 on a header row
        IsHeaderRole,              // bool
        PinnedRole,                // bool
        UpdatedRole,               // QDateTime
        ImportedRole,              // bool: came from an imported file
    };

    explicit ConversationListModel(QObject *parent = nullptr);

    void setStore(ConversationStore *store);
    ConversationStore *store() const { return m_store; }
    // "Today" is this date; tests set it to make grouping deterministic.
    void setToday(const QDate &today);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    // Row of a conversation, -1 when it is not listed.
    int rowOf(qint64 id) const;
    qint64 idAt(int row) const;
    void reload();

private:
    struct Row
    {
        QString header; // non-empty on header rows
        ConversationSummary summary;
    };
    // Header rows between the conversations of `list` (in the store's order).
    QList<Row> rowsFor(const QList<ConversationSummary> &list) const;
    // Turns m_rows into `rows` with the fewest row signals (falls back to a reset when the
    // lists have little in common).
    void applyRows(const QList<Row> &rows);
    void onConversationChanged(qint64 id);

    QPointer<ConversationStore> m_store;
    QList<Row> m_rows;
    QDate m_today;
};
