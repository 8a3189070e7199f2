#pragma once

#include "rerank/rerankset.h"

#include <QAbstractTableModel>
#include <QList>

// The workbench's documents as an editable table: one row per document, its relevance label
// and its text. Holds no logic beyond keeping the rows; the workbench builds a RerankSet from it.
class RerankDocumentModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { LabelColumn, TextColumn, ColumnCount };

    explicit RerankDocumentModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool insertRows(int row, int count, const QModelIndex &parent = {}) override;
    bool removeRows(int row, int count, const QModelIndex &parent = {}) override;
    bool moveRows(const QModelIndex &sourceParent, int sourceRow, int count,
                  const QModelIndex &destinationParent, int destinationChild) override;

    const QList<RerankDocument> &documents() const { return m_documents; }
    void setDocuments(const QList<RerankDocument> &documents);
    // labels: one per text (0…3, or -1); missing ones are unlabelled.
    void appendTexts(const QStringList &texts, const QList<int> &labels = {});
    // label: -1 (unlabelled) … 3; anything else is ignored.
    bool setLabel(int row, int label);
    int label(int row) const;
    bool hasLabels() const;

    // Translated description of a label value, for tooltips and the label column.
    static QString labelName(int label);

Q_SIGNALS:
    // Row count or any text changed (the token counter listens).
    void documentsChanged();

private:
    QList<RerankDocument> m_documents;
};
