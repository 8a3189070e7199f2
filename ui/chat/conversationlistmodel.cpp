#include "conversationlistmodel.h"

#include "models/costformat.h"
#include "transcriptmodel.h"

#include <QFont>
#include <QSet>

#include <algorithm>
#include <cstdlib>

using namespace Qt::StringLiterals;

ConversationListModel::ConversationListModel(QObject *parent) : QAbstractListModel(parent) { }

void ConversationListModel::setStore(ConversationStore *store)
{
    if (m_store)
        disconnect(m_store, nullptr, this, nullptr);
    m_store = store;
    if (m_store) {
        connect(m_store, &ConversationStore::conversationListChanged, this,
                &ConversationListModel::reload);
        connect(m_store, &ConversationStore::conversationChanged, this,
                &ConversationListModel::onConversationChanged);
    }
    reload();
}

void ConversationListModel::setToday(const QDate &today)
{
    m_today = today;
    reload();
}

namespace {

// What identifies a row across reloads: its header text, or its conversation.
QString keyOf(const QString &header, qint64 id)
{
    return header.isEmpty() ? QString::number(id) : u"#"_s + header;
}

} // namespace

QList<ConversationListModel::Row> ConversationListModel::rowsFor(
    const QList<ConversationSummary> &list) const
{
    QList<Row> rows;
    rows.reserve(list.size() + 4);
    const QDate today = m_today.isValid() ? m_today : QDate::currentDate();
    QString group;
    for (const ConversationSummary &summary : list) {
        QString wanted;
        if (summary.pinned)
            wanted = tr("Pinned");
        else if (const QDate day = summary.updated.toLocalTime().date(); day >= today)
            wanted = tr("Today");
        else if (day == today.addDays(-1))
            wanted = tr("Yesterday");
        else
            wanted = tr("Earlier");
        if (wanted != group) {
            group = wanted;
            rows.append({ group, {} });
        }
        rows.append({ {}, summary });
    }
    return rows;
}

void ConversationListModel::reload()
{
    applyRows(m_store ? rowsFor(m_store->listConversations()) : QList<Row>());
}

void ConversationListModel::onConversationChanged(qint64 id)
{
    if (!m_store)
        return;
    // The other rows are as they were: take them from here instead of listing all again.
    QList<ConversationSummary> list;
    list.reserve(m_rows.size());
    for (const Row &row : std::as_const(m_rows)) {
        if (row.header.isEmpty() && row.summary.id != id)
            list.append(row.summary);
    }
    if (const std::optional<ConversationSummary> changed = m_store->conversationSummary(id)) {
        // The store's order: pinned first, then newest activity, then newest id.
        const auto before = [](const ConversationSummary &a, const ConversationSummary &b) {
            if (a.pinned != b.pinned)
                return a.pinned;
            if (a.updated != b.updated)
                return a.updated > b.updated;
            return a.id > b.id;
        };
        list.insert(std::lower_bound(list.begin(), list.end(), *changed, before), *changed);
    }
    applyRows(rowsFor(list));
}

void ConversationListModel::applyRows(const QList<Row> &rows)
{
    const auto same = [](const Row &a, const Row &b) {
        return a.header == b.header && a.summary.id == b.summary.id
            && a.summary.title == b.summary.title && a.summary.updated == b.summary.updated
            && a.summary.pinned == b.summary.pinned && a.summary.model == b.summary.model
            && a.summary.created == b.summary.created && a.summary.imported == b.summary.imported;
    };
    QSet<QString> wanted;
    wanted.reserve(rows.size());
    for (const Row &row : rows)
        wanted.insert(keyOf(row.header, row.summary.id));

    // Many changes at once (a first load, an import, a new day regrouping everything): one reset
    // is cheaper than hundreds of row signals.
    constexpr int MaxRowSignals = 64;
    int removals = 0;
    for (const Row &row : std::as_const(m_rows))
        removals += !wanted.contains(keyOf(row.header, row.summary.id));
    if (m_rows.isEmpty() || rows.isEmpty() || removals > MaxRowSignals
        || std::abs(rows.size() - (m_rows.size() - removals)) > MaxRowSignals) {
        beginResetModel();
        m_rows = rows;
        endResetModel();
        return;
    }

    for (qsizetype i = m_rows.size() - 1; i >= 0; --i) {
        if (wanted.contains(keyOf(m_rows.at(i).header, m_rows.at(i).summary.id)))
            continue;
        beginRemoveRows({}, int(i), int(i));
        m_rows.removeAt(i);
        endRemoveRows();
    }
    int steps = 0;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const Row &target = rows.at(i);
        const QString key = keyOf(target.header, target.summary.id);
        if (i < m_rows.size() && keyOf(m_rows.at(i).header, m_rows.at(i).summary.id) == key) {
            if (!same(m_rows.at(i), target)) {
                m_rows[i] = target;
                Q_EMIT dataChanged(index(int(i)), index(int(i)));
            }
            continue;
        }
        if (++steps > MaxRowSignals) {
            beginResetModel();
            m_rows = rows;
            endResetModel();
            return;
        }
        qsizetype from = -1;
        for (qsizetype j = i + 1; j < m_rows.size(); ++j) {
            if (keyOf(m_rows.at(j).header, m_rows.at(j).summary.id) == key) {
                from = j;
                break;
            }
        }
        if (from < 0) {
            beginInsertRows({}, int(i), int(i));
            m_rows.insert(i, target);
            endInsertRows();
            continue;
        }
        beginMoveRows({}, int(from), int(from), {}, int(i));
        m_rows.move(from, i);
        endMoveRows();
        if (!same(m_rows.at(i), target)) {
            m_rows[i] = target;
            Q_EMIT dataChanged(index(int(i)), index(int(i)));
        }
    }
}

int ConversationListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ConversationListModel::rowOf(qint64 id) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).header.isEmpty() && m_rows.at(row).summary.id == id)
            return row;
    }
    return -1;
}

qint64 ConversationListModel::idAt(int row) const
{
    if (row < 0 || row >= m_rows.size() || !m_rows.at(row).header.isEmpty())
        return 0;
    return m_rows.at(row).summary.id;
}

QVariant ConversationListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &row = m_rows.at(index.row());
    if (!row.header.isEmpty()) {
        switch (role) {
        case Qt::DisplayRole:
        case Qt::AccessibleTextRole:
            return row.header;
        case Qt::FontRole: {
            QFont font;
            font.setBold(true);
            return font;
        }
        case IsHeaderRole:
            return true;
        case IdRole:
            return qlonglong(0);
        default:
            return {};
        }
    }
    const ConversationSummary &summary = row.summary;
    const QString stored = summary.title.isEmpty() ? tr("New conversation") : summary.title;
    // An imported conversation is told from the original it was exported from.
    const QString title = summary.imported.isValid()
        ? tr("%1 (imported)", "conversation title").arg(stored)
        : stored;
    switch (role) {
    case Qt::DisplayRole:
        return title;
    case Qt::EditRole:
        return summary.title;
    case Qt::AccessibleTextRole:
        return summary.pinned ? tr("%1, pinned").arg(title) : title;
    case Qt::ToolTipRole: {
        QString tip = u"<b>%1</b><br>%2"_s.arg(
            stored.toHtmlEscaped(),
            tr("Last activity %1")
                .arg(QLocale().toString(summary.updated.toLocalTime(), QLocale::ShortFormat)));
        if (summary.imported.isValid())
            tip += u"<br>"_s
                + tr("Imported from a file on %1")
                      .arg(QLocale().toString(summary.imported.toLocalTime(), QLocale::ShortFormat))
                      .toHtmlEscaped();
        if (m_store) {
            // Computed on hover only: a sum over one conversation's replies.
            const UsageTotals totals = m_store->totals(summary.id);
            if (totals.replies > 0) {
                tip += u"<br>"_s
                    + tr("%n tokens", nullptr, int(totals.promptTokens + totals.completionTokens));
                tip += u" · "_s + CostFormat::usd(totals.cost, QLocale());
                if (totals.costEstimated)
                    tip += u" "_s + tr("(partly estimated)");
            }
        }
        return tip;
    }
    case IdRole:
        return summary.id;
    case IsHeaderRole:
        return false;
    case PinnedRole:
        return summary.pinned;
    case UpdatedRole:
        return summary.updated;
    case ImportedRole:
        return summary.imported.isValid();
    default:
        return {};
    }
}

bool ConversationListModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    const qint64 id = idAt(index.row());
    if (role != Qt::EditRole || !id || !m_store)
        return false;
    const QString title = value.toString().simplified();
    if (title.isEmpty())
        return false;
    // The store's listChanged signal reloads the rows.
    return m_store->renameConversation(id, title);
}

Qt::ItemFlags ConversationListModel::flags(const QModelIndex &index) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return Qt::NoItemFlags;
    // Headers read as text (enabled, so not greyed out) but cannot be chosen.
    if (!m_rows.at(index.row()).header.isEmpty())
        return Qt::ItemIsEnabled | Qt::ItemNeverHasChildren;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable | Qt::ItemNeverHasChildren;
}
