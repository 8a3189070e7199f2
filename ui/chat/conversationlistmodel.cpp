#include "conversationlistmodel.h"

#include "models/costformat.h"
#include "transcriptmodel.h"

#include <QFont>

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
    }
    reload();
}

void ConversationListModel::setToday(const QDate &today)
{
    m_today = today;
    reload();
}

void ConversationListModel::reload()
{
    QList<Row> rows;
    if (m_store) {
        const QDate today = m_today.isValid() ? m_today : QDate::currentDate();
        const QList<ConversationSummary> list = m_store->listConversations();
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
    }
    beginResetModel();
    m_rows = rows;
    endResetModel();
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
    const QString title = summary.title.isEmpty() ? tr("New conversation") : summary.title;
    switch (role) {
    case Qt::DisplayRole:
        return title;
    case Qt::EditRole:
        return summary.title;
    case Qt::AccessibleTextRole:
        return summary.pinned ? tr("%1, pinned").arg(title) : title;
    case Qt::ToolTipRole: {
        QString tip = u"<b>%1</b><br>%2"_s.arg(
            title.toHtmlEscaped(),
            tr("Last activity %1")
                .arg(QLocale().toString(summary.updated.toLocalTime(), QLocale::ShortFormat)));
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
