#include "rerankresultmodel.h"

#include "rerankdocumentmodel.h"

#include <QLocale>

#include <algorithm>

using namespace Qt::StringLiterals;

RerankResultModel::RerankResultModel(QObject *parent) : QAbstractListModel(parent) { }

int RerankResultModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_result.ranked.size() + m_result.unscored.size());
}

int RerankResultModel::documentAt(int row) const
{
    if (row < 0)
        return -1;
    if (row < m_result.ranked.size())
        return m_result.ranked.at(row).index;
    row -= int(m_result.ranked.size());
    return row < m_result.unscored.size() ? m_result.unscored.at(row).index : -1;
}

int RerankResultModel::rowOfDocument(int documentIndex) const
{
    for (int row = 0, rows = rowCount(); row < rows; ++row) {
        if (documentAt(row) == documentIndex)
            return row;
    }
    return -1;
}

QVariant RerankResultModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const int row = index.row();
    const bool scored = row < m_result.ranked.size();
    const int document = documentAt(row);
    const QString text
        = document >= 0 && document < m_texts.size() ? m_texts.at(document) : QString();
    const int label = document >= 0 && document < m_labels.size() ? m_labels.at(document) : -1;
    const double score = scored ? m_result.ranked.at(row).score : 0.0;

    switch (role) {
    case Qt::DisplayRole:
        return scored
            ? tr("#%1 · %2 · %3").arg(row + 1).arg(QLocale().toString(score, 'f', 3)).arg(text)
            : tr("not scored · %1").arg(text);
    case Qt::AccessibleTextRole:
        return scored ? tr("Rank %1, score %2, document %3: %4")
                            .arg(row + 1)
                            .arg(QLocale().toString(score, 'f', 3))
                            .arg(document + 1)
                            .arg(text)
                      : tr("Not scored, document %1: %2").arg(document + 1).arg(text);
    case Qt::ToolTipRole: {
        const QString shown = text.size() > 2000 ? text.left(2000) + u'…' : text;
        QString head;
        if (scored)
            head = tr("Rank %1 · score %2 · document %3 · %4")
                       .arg(row + 1)
                       .arg(QLocale().toString(score, 'f', 4))
                       .arg(document + 1)
                       .arg(RerankDocumentModel::labelName(label));
        else
            head = tr("Not scored: %1")
                       .arg(m_result.unscored.at(row - m_result.ranked.size()).error.userMessage());
        return u"<p><b>%1</b></p><p>%2</p>"_s.arg(head.toHtmlEscaped(),
                                                  shown.toHtmlEscaped().replace(u'\n', u"<br>"_s));
    }
    case RankRole:
        return scored ? row + 1 : 0;
    case ScoreRole:
        return scored ? QVariant(score) : QVariant();
    case ScoreFractionRole:
        if (!scored)
            return 0.0;
        return m_high > m_low ? std::clamp((score - m_low) / (m_high - m_low), 0.0, 1.0) : 1.0;
    case DocumentIndexRole:
        return document;
    case LabelRole:
        return label;
    case TextRole:
        return text;
    case ScoredRole:
        return scored;
    default:
        return {};
    }
}

void RerankResultModel::setResult(const RerankResult &result,
                                  const QList<RerankDocument> &documents)
{
    beginResetModel();
    m_result = result;
    m_texts.clear();
    m_labels.clear();
    m_texts.reserve(documents.size());
    m_labels.reserve(documents.size());
    for (const RerankDocument &document : documents) {
        m_texts << document.text;
        m_labels << document.label;
    }
    // Bars span 0…1 for probability-like scores and stretch to cover logits or larger scales.
    m_low = 0.0;
    m_high = 1.0;
    for (const RerankScore &score : std::as_const(m_result.ranked)) {
        m_low = std::min(m_low, score.score);
        m_high = std::max(m_high, score.score);
    }
    endResetModel();
}

void RerankResultModel::setLabels(const QList<int> &labels)
{
    m_labels = labels;
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0), index(rowCount() - 1), { LabelRole, Qt::ToolTipRole });
}
