#include "tokenheatmap.h"

#include "common/statepalette.h"

#include <QDialogButtonBox>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QLabel>
#include <QPainter>
#include <QScrollArea>
#include <QToolTip>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

constexpr int Margin = 6;
constexpr int PadX = 1;
constexpr int LineGap = 3;

} // namespace

TokenHeatMap::TokenHeatMap(QWidget *parent) : QWidget(parent)
{
    setAccessibleName(tr("Token confidence"));
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);
}

void TokenHeatMap::setTokens(const QList<TokenProbability> &tokens)
{
    m_tokens = tokens;
    m_layoutWidth = -1;
    m_current = -1;
    QString text;
    for (const TokenProbability &token : tokens)
        text += token.token;
    setAccessibleDescription(text);
    updateGeometry();
    update();
}

QList<TokenHeatMap::Piece> TokenHeatMap::layoutFor(int width, int *height) const
{
    const QFontMetrics metrics(font());
    const int lineHeight = metrics.height() + LineGap;
    const int right = std::max(width - Margin, Margin + 40);
    QList<Piece> pieces;
    int x = Margin;
    int y = Margin;
    for (int i = 0; i < m_tokens.size(); ++i) {
        // A token may hold line breaks: each line is a piece; the break moves to the next line.
        const QStringList lines = m_tokens.at(i).token.split(u'\n');
        for (int l = 0; l < lines.size(); ++l) {
            if (l > 0) {
                // The break itself is shown as ⏎ at the end of the line, so it can be hovered.
                const int w = metrics.horizontalAdvance(u"⏎"_s) + 2 * PadX;
                pieces.append({ i, u"⏎"_s, QRect(x, y, w, metrics.height()) });
                x = Margin;
                y += lineHeight;
            }
            const QString &text = lines.at(l);
            if (text.isEmpty())
                continue;
            const int w = metrics.horizontalAdvance(text) + 2 * PadX;
            if (x + w > right && x > Margin) {
                x = Margin;
                y += lineHeight;
            }
            pieces.append({ i, text, QRect(x, y, w, metrics.height()) });
            x += w;
        }
    }
    if (height)
        *height = y + lineHeight + Margin;
    return pieces;
}

int TokenHeatMap::heightForWidth(int width) const
{
    int height = 0;
    layoutFor(width, &height);
    return height;
}

QSize TokenHeatMap::sizeHint() const
{
    return { 480, heightForWidth(480) };
}

void TokenHeatMap::resizeEvent(QResizeEvent *event)
{
    m_layoutWidth = -1;
    QWidget::resizeEvent(event);
}

int TokenHeatMap::tokenAt(const QPoint &point) const
{
    if (m_layoutWidth != width()) {
        auto *self = const_cast<TokenHeatMap *>(this);
        self->m_pieces = layoutFor(width(), nullptr);
        self->m_layoutWidth = width();
    }
    for (const Piece &piece : m_pieces) {
        if (piece.rect.contains(point))
            return piece.token;
    }
    return -1;
}

QRect TokenHeatMap::tokenRect(int index) const
{
    tokenAt({ -1, -1 }); // lays out when needed
    for (const Piece &piece : m_pieces) {
        if (piece.token == index)
            return piece.rect;
    }
    return {};
}

QString TokenHeatMap::toolTipFor(int index) const
{
    if (index < 0 || index >= m_tokens.size())
        return {};
    return TokenProbabilities::describe(m_tokens.at(index));
}

QColor TokenHeatMap::colorFor(double probability) const
{
    // The state colours at a strength that grows with doubt: sure tokens stay almost clear, so
    // the unsure ones stand out, and the text stays readable on both palettes.
    const StatePalette colors(palette());
    QColor color
        = colors.text(probability < 0.5 ? StatePalette::Role::Error : StatePalette::Role::Warning);
    color.setAlphaF(float(std::clamp(1.0 - probability, 0.0, 1.0) * 0.6));
    return color;
}

bool TokenHeatMap::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const int index = tokenAt(help->pos());
        if (index >= 0)
            QToolTip::showText(help->globalPos(), toolTipFor(index), this, tokenRect(index));
        else
            QToolTip::hideText();
        return true;
    }
    return QWidget::event(event);
}

void TokenHeatMap::keyPressEvent(QKeyEvent *event)
{
    if (m_tokens.isEmpty()) {
        QWidget::keyPressEvent(event);
        return;
    }
    const int last = int(m_tokens.size()) - 1;
    switch (event->key()) {
    case Qt::Key_Right:
    case Qt::Key_Down:
        setCurrentToken(std::min(m_current + 1, last));
        break;
    case Qt::Key_Left:
    case Qt::Key_Up:
        setCurrentToken(std::max(m_current - 1, 0));
        break;
    case Qt::Key_Home:
        setCurrentToken(0);
        break;
    case Qt::Key_End:
        setCurrentToken(last);
        break;
    default:
        QWidget::keyPressEvent(event);
    }
}

void TokenHeatMap::focusInEvent(QFocusEvent *event)
{
    QWidget::focusInEvent(event);
    if (m_current < 0 && !m_tokens.isEmpty())
        setCurrentToken(0);
    update();
}

void TokenHeatMap::focusOutEvent(QFocusEvent *event)
{
    QWidget::focusOutEvent(event);
    QToolTip::hideText();
    update();
}

void TokenHeatMap::setCurrentToken(int index)
{
    m_current = index;
    const QRect rect = tokenRect(index);
    // What hovering shows, where the token is; a scroll area around the map brings it in view.
    QToolTip::showText(mapToGlobal(rect.bottomLeft()), toolTipFor(index), this, rect);
    if (auto *area
        = qobject_cast<QScrollArea *>(parentWidget() ? parentWidget()->parentWidget() : nullptr))
        area->ensureVisible(rect.center().x(), rect.center().y(), 10, rect.height());
    update();
}

void TokenHeatMap::paintEvent(QPaintEvent *)
{
    tokenAt({ -1, -1 });
    QPainter painter(this);
    painter.fillRect(rect(), palette().base());
    painter.setPen(palette().text().color());
    for (const Piece &piece : std::as_const(m_pieces)) {
        painter.fillRect(piece.rect, colorFor(m_tokens.at(piece.token).probability));
        painter.drawText(piece.rect.adjusted(PadX, 0, 0, 0), Qt::AlignLeft | Qt::AlignVCenter,
                         piece.text);
    }
    // The keyboard's token, framed while the map has the focus.
    if (hasFocus() && m_current >= 0) {
        painter.setPen(QPen(palette().color(QPalette::Active, QPalette::Highlight), 2));
        painter.setBrush(Qt::NoBrush);
        for (const Piece &piece : std::as_const(m_pieces)) {
            if (piece.token == m_current)
                painter.drawRect(piece.rect.adjusted(0, -1, 0, 1));
        }
    }
}

TokenHeatMapDialog::TokenHeatMapDialog(QWidget *parent)
    : QDialog(parent), m_map(new TokenHeatMap(this)), m_status(new QLabel(this))
{
    setWindowTitle(tr("Token Probabilities"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setWidget(m_map);
    auto *legend = new QLabel(
        tr("Each token's background shows how sure the model was: clear is sure, yellow is "
           "less sure, red is a guess under 50 %. Hover a token to see the alternatives."),
        this);
    legend->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addWidget(scroll, 1);
    layout->addWidget(legend);
    layout->addWidget(buttons);
    resize(680, 320);
}

void TokenHeatMapDialog::setReply(const QJsonObject &replyParameters, const QJsonArray &logprobs)
{
    const QList<TokenProbability> tokens = TokenProbabilities::fromJson(logprobs);
    m_map->setTokens(tokens);
    switch (TokenProbabilities::availability(replyParameters, logprobs)) {
    case TokenProbabilities::Availability::Returned: {
        double sum = 0;
        int unsure = 0;
        for (const TokenProbability &token : tokens) {
            sum += token.probability;
            unsure += token.probability < 0.5 ? 1 : 0;
        }
        m_status->setText(
            tr("%n token(s), average confidence %1 %, %2 under 50 %.", nullptr, int(tokens.size()))
                .arg(QLocale().toString(100 * sum / std::max<qsizetype>(1, tokens.size()), 'f', 1))
                .arg(unsure));
        break;
    }
    case TokenProbabilities::Availability::NotReturned:
        m_status->setText(tr("Token probabilities were not returned: the server or this model "
                             "ignores the request."));
        break;
    case TokenProbabilities::Availability::NotRequested:
        m_status->setText(tr("This reply was made without token probabilities. Turn them on "
                             "under Parameters → Output and regenerate."));
        break;
    }
}
