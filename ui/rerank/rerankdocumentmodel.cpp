#include "rerankdocumentmodel.h"

#include <algorithm>

using namespace Qt::StringLiterals;

RerankDocumentModel::RerankDocumentModel(QObject *parent) : QAbstractTableModel(parent) { }

int RerankDocumentModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_documents.size());
}

int RerankDocumentModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString RerankDocumentModel::labelName(int label)
{
    switch (label) {
    case 0:
        return tr("0 · not relevant");
    case 1:
        return tr("1 · somewhat relevant");
    case 2:
        return tr("2 · relevant");
    case 3:
        return tr("3 · perfect match");
    default:
        return tr("not labelled");
    }
}

QVariant RerankDocumentModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_documents.size())
        return {};
    const RerankDocument &document = m_documents.at(index.row());
    if (index.column() == LabelColumn) {
        switch (role) {
        case Qt::DisplayRole:
            return document.label < 0 ? u"–"_s : QString::number(document.label);
        case Qt::EditRole:
            return document.label;
        case Qt::ToolTipRole:
            return tr("%1. Press 0–3 to set the label, − to clear it.")
                .arg(labelName(document.label));
        case Qt::TextAlignmentRole:
            return int(Qt::AlignCenter);
        default:
            return {};
        }
    }
    switch (role) {
    case Qt::DisplayRole: {
        // One line per row: the full text is in the tooltip and the editor.
        QString line = document.text.left(400);
        line.replace(u'\n', u' ');
        return line;
    }
    case Qt::EditRole:
        return document.text;
    case Qt::ToolTipRole:
        return document.text.size() > 2000 ? document.text.left(2000) + u'…' : document.text;
    default:
        return {};
    }
}

bool RerankDocumentModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || role != Qt::EditRole || index.row() >= m_documents.size())
        return false;
    if (index.column() == LabelColumn) {
        bool ok = false;
        const int label = value.toInt(&ok);
        return ok && setLabel(index.row(), label);
    }
    const QString text = value.toString();
    if (m_documents[index.row()].text == text)
        return true;
    m_documents[index.row()].text = text;
    Q_EMIT dataChanged(index, index);
    Q_EMIT documentsChanged();
    return true;
}

QVariant RerankDocumentModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section + 1;
    return section == LabelColumn ? tr("Label") : tr("Document");
}

Qt::ItemFlags RerankDocumentModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemIsEditable;
}

bool RerankDocumentModel::insertRows(int row, int count, const QModelIndex &parent)
{
    if (parent.isValid() || row < 0 || row > m_documents.size() || count < 1)
        return false;
    beginInsertRows({}, row, row + count - 1);
    m_documents.insert(row, count, RerankDocument{});
    endInsertRows();
    Q_EMIT documentsChanged();
    return true;
}

bool RerankDocumentModel::removeRows(int row, int count, const QModelIndex &parent)
{
    if (parent.isValid() || row < 0 || count < 1 || row + count > m_documents.size())
        return false;
    beginRemoveRows({}, row, row + count - 1);
    m_documents.remove(row, count);
    endRemoveRows();
    Q_EMIT documentsChanged();
    return true;
}

bool RerankDocumentModel::moveRows(const QModelIndex &sourceParent, int sourceRow, int count,
                                   const QModelIndex &destinationParent, int destinationChild)
{
    if (sourceParent.isValid() || destinationParent.isValid() || count < 1 || sourceRow < 0
        || sourceRow + count > m_documents.size() || destinationChild < 0
        || destinationChild > m_documents.size())
        return false;
    if (destinationChild >= sourceRow && destinationChild <= sourceRow + count)
        return false; // a no-op move, which beginMoveRows() refuses
    if (!beginMoveRows({}, sourceRow, sourceRow + count - 1, {}, destinationChild))
        return false;
    const QList<RerankDocument> moving = m_documents.mid(sourceRow, count);
    m_documents.remove(sourceRow, count);
    const int target = destinationChild > sourceRow ? destinationChild - count : destinationChild;
    for (int i = 0; i < count; ++i)
        m_documents.insert(target + i, moving.at(i));
    endMoveRows();
    Q_EMIT documentsChanged();
    return true;
}

void RerankDocumentModel::setDocuments(const QList<RerankDocument> &documents)
{
    beginResetModel();
    m_documents = documents;
    endResetModel();
    Q_EMIT documentsChanged();
}

void RerankDocumentModel::appendTexts(const QStringList &texts, const QList<int> &labels)
{
    if (texts.isEmpty())
        return;
    const int first = int(m_documents.size());
    beginInsertRows({}, first, first + int(texts.size()) - 1);
    m_documents.reserve(first + texts.size());
    for (qsizetype i = 0; i < texts.size(); ++i) {
        const int label = labels.value(i, RerankDocument::Unlabelled);
        m_documents.append(RerankDocument{
            texts.at(i),
            label >= 0 && label <= RerankDocument::MaxLabel ? label : RerankDocument::Unlabelled });
    }
    endInsertRows();
    Q_EMIT documentsChanged();
}

bool RerankDocumentModel::setLabel(int row, int label)
{
    if (row < 0 || row >= m_documents.size() || label < RerankDocument::Unlabelled
        || label > RerankDocument::MaxLabel)
        return false;
    if (m_documents[row].label != label) {
        m_documents[row].label = label;
        const QModelIndex cell = index(row, LabelColumn);
        Q_EMIT dataChanged(cell, cell);
    }
    return true;
}

int RerankDocumentModel::label(int row) const
{
    return row >= 0 && row < m_documents.size() ? m_documents.at(row).label
                                                : RerankDocument::Unlabelled;
}

bool RerankDocumentModel::hasLabels() const
{
    return std::any_of(m_documents.cbegin(), m_documents.cend(),
                       [](const RerankDocument &d) { return d.label >= 0; });
}
