// The Light and Dark themes as the user sees them: state colours that read on the palette
// (StatePalette), and controls whose parts stay visible in the dark theme.
#include "lazyiconstyle.h"
#include "statepalette.h"
#include "theme.h"
#include "themestyle.h"

#include <QApplication>
#include <QListWidget>
#include <QProgressBar>
#include <QStyle>
#include <QStyleFactory>
#include <QTest>

#include <cmath>

using namespace Qt::StringLiterals;

namespace {

double luminance(const QColor &c)
{
    const auto channel
        = [](double v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

// WCAG contrast ratio, 1 … 21.
double contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

} // namespace

class TestTheme : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void stateColorsRead_data();
    void stateColorsRead();
    void uncheckedBoxesVisibleInDark();
    void extensionIconLoadsWhenDrawn();
    void systemLookSeesThroughTheProxy();
    void progressTextWholeAtEveryValue_data();
    void progressTextWholeAtEveryValue();
};

void TestTheme::cleanup()
{
    Theme::apply(Theme::Choice::System);
}

void TestTheme::stateColorsRead_data()
{
    QTest::addColumn<int>("choice");
    QTest::addColumn<bool>("dark");
    QTest::newRow("light") << int(Theme::Choice::Light) << false;
    QTest::newRow("dark") << int(Theme::Choice::Dark) << true;
}

// Every state's text reads on the window and the base (≥ 4.5:1), and the palette's text reads
// on every state's background.
void TestTheme::stateColorsRead()
{
    QFETCH(int, choice);
    QFETCH(bool, dark);
    Theme::apply(Theme::Choice(choice));
    const QPalette palette = QApplication::palette();
    const StatePalette states(palette);
    QCOMPARE(states.isDark(), dark);
    QCOMPARE(StatePalette::isDark(palette), dark);
    using Role = StatePalette::Role;
    for (const Role role : { Role::Error, Role::Warning, Role::Success, Role::Info }) {
        const QString what = u"role %1"_s.arg(int(role));
        for (const auto background : { QPalette::Window, QPalette::Base }) {
            const double ratio = contrast(states.text(role), palette.color(background));
            QVERIFY2(ratio >= 4.5, qPrintable(u"%1 text: %2:1"_s.arg(what).arg(ratio)));
        }
        const double ratio = contrast(palette.color(QPalette::Text), states.background(role));
        QVERIFY2(ratio >= 4.5, qPrintable(u"%1 background: %2:1"_s.arg(what).arg(ratio)));
    }
}

// The Rerank model list in the dark theme: an unchecked box has a border that stands out from
// the list's background (≥ 3:1, WCAG's minimum for a control's outline).
void TestTheme::uncheckedBoxesVisibleInDark()
{
    Theme::apply(Theme::Choice::Dark);
    QListWidget list;
    list.resize(300, 120);
    auto *item = new QListWidgetItem(u"Qwen/Qwen3-Reranker-4B"_s, &list);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
    item->setCheckState(Qt::Unchecked);
    list.show();
    QVERIFY(QTest::qWaitForWindowExposed(&list));
    const QImage image = list.viewport()->grab().toImage();
    const QRect row = list.visualItemRect(item);
    const int indicator = list.style()->pixelMetric(QStyle::PM_IndicatorWidth, nullptr, &list);
    const QColor base = list.palette().color(QPalette::Base);
    double best = 1.0;
    // The box sits at the row's left, before the text.
    for (int x = row.left(); x < row.left() + indicator + 8; ++x) {
        for (int y = row.top(); y <= row.bottom(); ++y)
            best = std::max(best, contrast(image.pixelColor(x, y), base));
    }
    QVERIFY2(best >= 3.0, qPrintable(u"best border contrast %1:1"_s.arg(best)));
    QVERIFY(contrast(ThemeStyle::checkBoxBorder(list.palette()), base) >= 3.0);
}

void TestTheme::progressTextWholeAtEveryValue_data()
{
    stateColorsRead_data();
}

// "12 / 40 documents" on a progress bar: wherever the fill ends, every column of the text still
// shows ink that contrasts with what is under it (the "/" was lost at the fill's edge).
void TestTheme::progressTextWholeAtEveryValue()
{
    QFETCH(int, choice);
    Theme::apply(Theme::Choice(choice));
    QProgressBar bar;
    bar.resize(220, 24);
    bar.setRange(0, 220); // a pixel per step: the fill ends at every column in turn
    bar.setFormat(u"12 / 40 documents"_s); // the same text at every value
    bar.show();
    QVERIFY(QTest::qWaitForWindowExposed(&bar));
    const auto render = [&bar](int value, bool text) {
        bar.setValue(value);
        bar.setTextVisible(text);
        return bar.grab().toImage();
    };
    // Columns where the text has ink, and how much each column shows at a value.
    const auto inkPerColumn = [&](int value) {
        const QImage with = render(value, true);
        const QImage without = render(value, false);
        QList<double> ink(with.width(), 1.0);
        for (int x = 0; x < with.width(); ++x)
            for (int y = 0; y < with.height(); ++y)
                ink[x]
                    = std::max(ink[x], contrast(with.pixelColor(x, y), without.pixelColor(x, y)));
        return ink;
    };
    // The text's columns, from the empty bar.
    const QList<double> reference = inkPerColumn(0);
    // Solid strokes only: antialiased fringes are faint by nature.
    const double solid = 0.6 * *std::max_element(reference.cbegin(), reference.cend());
    for (int value = 1; value < 220; ++value) {
        const QList<double> ink = inkPerColumn(value);
        for (int x = 0; x < ink.size(); ++x) {
            if (reference.at(x) >= solid)
                QVERIFY2(ink.at(x) >= 2.0,
                         qPrintable(u"value %1, column %2: ink %3:1 (empty bar: %4:1)"_s.arg(value)
                                        .arg(x)
                                        .arg(ink.at(x))
                                        .arg(reference.at(x))));
        }
    }
}

// As GuiController does at start (before Theme remembers the platform's look).
void TestTheme::initTestCase()
{
    QApplication::setStyle(new LazyIconStyle(QStyleFactory::create(QApplication::style()->name())));
}

// The menu bar's extension icon (reading it loaded every image plugin at start) is loaded when
// first drawn, and is then the base style's; other icons are the base style's as before.
void TestTheme::extensionIconLoadsWhenDrawn()
{
    LazyIconStyle style(QStyleFactory::create(u"Fusion"_s));
    for (const auto which : { QStyle::SP_ToolBarHorizontalExtensionButton,
                              QStyle::SP_ToolBarVerticalExtensionButton }) {
        const QIcon lazy = style.standardIcon(which);
        const QIcon eager = style.baseStyle()->standardIcon(which);
        QVERIFY(!lazy.isNull());
        QCOMPARE(lazy.actualSize(QSize(16, 16)), eager.actualSize(QSize(16, 16)));
        QCOMPARE(lazy.pixmap(16).toImage(), eager.pixmap(16).toImage());
        QCOMPARE(QIcon(lazy).pixmap(32).toImage(), eager.pixmap(32).toImage()); // a copy too
    }
    QCOMPARE(style.standardIcon(QStyle::SP_MessageBoxWarning).pixmap(16).toImage(),
             style.baseStyle()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(16).toImage());
}

// Sift runs on a LazyIconStyle around the platform's style: "Follow the system" still means that
// style (by its name), not the proxy.
void TestTheme::systemLookSeesThroughTheProxy()
{
    QApplication::setStyle(new LazyIconStyle(QStyleFactory::create(QApplication::style()->name())));
    const auto *proxy = qobject_cast<LazyIconStyle *>(QApplication::style());
    QVERIFY(proxy);
    const QString name = proxy->baseStyle()->name();
    QVERIFY(!name.isEmpty());
    Theme::apply(Theme::Choice::Dark);
    QVERIFY(qobject_cast<ThemeStyle *>(QApplication::style()));
    Theme::apply(Theme::Choice::System);
    QVERIFY(!qobject_cast<ThemeStyle *>(QApplication::style()));
    QCOMPARE(QApplication::style()->name(), name);
    // Following the system with the proxy on keeps it.
    QApplication::setStyle(new LazyIconStyle(QStyleFactory::create(name)));
    Theme::apply(Theme::Choice::System);
    QVERIFY(qobject_cast<LazyIconStyle *>(QApplication::style()));
}

QTEST_MAIN(TestTheme)
#include "tst_theme.moc"
