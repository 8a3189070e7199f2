#pragma once

#include "rerank/rerankresult.h"

#include <QList>
#include <QStringList>
#include <QWidget>

// A slopegraph of two models' rankings: each document is a line from its rank under model A
// (left axis) to its rank under model B (right axis), coloured by how far it moved. Only the
// top ranks are drawn one per row; documents ranked lower (or not at all) by one model meet in a
// band at the bottom. Colours come from the palette, so it reads in light and dark themes.
class SlopegraphChart : public QWidget
{
    Q_OBJECT
public:
    static constexpr int DefaultMaxRank = 30;

    explicit SlopegraphChart(QWidget *parent = nullptr);

    // labelA/labelB: the names on the axes (ModelLabels' short names); empty: the model ids.
    void setComparison(const RerankResult &a, const RerankResult &b, const QStringList &texts,
                       const QString &labelA = {}, const QString &labelB = {});
    void clear();
    // How many ranks get their own row; lower ones share the bottom band.
    void setMaxRank(int rank);
    int maxRank() const { return m_maxRank; }

    // Lines drawn: documents within the top ranks of either model.
    int lineCount() const { return int(m_lines.size()); }
    QString modelA() const { return m_modelA; }
    QString modelB() const { return m_modelB; }
    QString labelA() const { return m_labelA; }
    QString labelB() const { return m_labelB; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    // The user clicked a document's line.
    void documentClicked(int index);

protected:
    void paintEvent(QPaintEvent *event) override;
    bool event(QEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void leaveEvent(QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    struct Line
    {
        int index = 0;
        int rankA = 0; // 0: not ranked by A
        int rankB = 0;
    };
    struct Geometry
    {
        QRectF plot;
        double xA = 0;
        double xB = 0;
        double rowHeight = 0;
        int rows = 0;
    };

    void rebuild();
    Geometry geometry() const;
    double yOf(const Geometry &g, int rank) const;
    int rowOf(int rank) const;
    QColor colorFor(const Line &line) const;
    int lineAt(const QPointF &pos) const;
    QString lineDescription(const Line &line) const;

    RerankResult m_a;
    RerankResult m_b;
    QStringList m_texts;
    QString m_modelA;
    QString m_modelB;
    QString m_labelA;
    QString m_labelB;
    QList<Line> m_lines;
    int m_maxRank = DefaultMaxRank;
    int m_rowsShown = 0; // ranks with their own row
    bool m_band = false; // some line ends below the shown ranks
    int m_hovered = -1;  // index into m_lines
};
