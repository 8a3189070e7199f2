// Every control a user can operate has a name a screen reader can say: the main window (both
// tabs), the settings dialog, the key dialog and the About box, as GuiController builds them.
#include "chatoptionspanel.h"
#include "chatpane.h"
#include "comparebar.h"
#include "conversationsearch.h"
#include "conversationsidebar.h"
#include "evaluatetab.h"
#include "fakeserver.h"
#include "focusring.h"
#include "guicontroller.h"
#include "keydialog.h"
#include "knowledgepanel.h"
#include "layoutcheck.h"
#include "mainwindow.h"
#include "promptlibrarydialog.h"
#include "settingsdialog.h"
#include "store/conversationstore.h"
#include "store/database.h"
#include "store/workbenchstore.h"
#include "theme.h"
#include "throwawayhome.h"
#include "transcriptview.h"
#include "workbenchsetsdialog.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QTabBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTextEdit>

#include <cmath>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace {

bool isInteractive(const QWidget *w)
{
    return qobject_cast<const QAbstractButton *>(w) || qobject_cast<const QLineEdit *>(w)
        || qobject_cast<const QPlainTextEdit *>(w) || qobject_cast<const QTextEdit *>(w)
        || qobject_cast<const QComboBox *>(w) || qobject_cast<const QAbstractItemView *>(w)
        || qobject_cast<const QAbstractSpinBox *>(w) || qobject_cast<const QAbstractSlider *>(w)
        || qobject_cast<const QTabBar *>(w);
}

// Parts Qt builds inside a composite control: the control itself carries the name.
bool isQtInternal(const QWidget *w)
{
    if (w->objectName().startsWith("qt_"_L1) || qobject_cast<const QScrollBar *>(w)
        || qobject_cast<const QHeaderView *>(w))
        return true;
    const QWidget *parent = w->parentWidget();
    if (qobject_cast<const QAbstractItemView *>(parent)) // corner button, viewport
        return true;
    for (const QWidget *p = parent; p; p = p->parentWidget()) {
        if (qobject_cast<const QComboBox *>(p) || qobject_cast<const QAbstractSpinBox *>(p)
            || qobject_cast<const QLineEdit *>(p) || qobject_cast<const QTabBar *>(p)
            || (p->objectName() == "qt_scrollarea_viewport"_L1
                && qobject_cast<const QAbstractItemView *>(p->parentWidget())))
            return true;
    }
    return false;
}

QString describe(const QWidget *w)
{
    QStringList path;
    for (const QWidget *p = w; p; p = p->parentWidget())
        path.prepend(QString::fromLatin1(p->metaObject()->className())
                     + (p->objectName().isEmpty() ? QString() : u"#"_s + p->objectName()));
    return path.join(u" > "_s);
}

// What a screen reader says for the control: its accessible name, or what Qt derives from its
// text or its buddy label.
QString spokenName(QWidget *w)
{
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(w);
    return iface ? iface->text(QAccessible::Name).trimmed() : QString();
}

QStringList unnamedControls(QWidget *root)
{
    QStringList unnamed;
    QList<QWidget *> widgets = root->findChildren<QWidget *>();
    widgets.prepend(root);
    for (QWidget *w : std::as_const(widgets)) {
        if (!isInteractive(w) || isQtInternal(w))
            continue;
        if (spokenName(w).isEmpty()) {
            unnamed << describe(w);
            qWarning("no accessible name: %s", qPrintable(unnamed.last()));
        }
    }
    return unnamed;
}

} // namespace

class TestAccessibility : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void detectsUnnamedControls();
    // Before any other test shows the Evaluate tab: it checks the tab's first showing.
    void evaluateTabTakesTheKeyboard();
    void mainWindow_data();
    void mainWindow();
    void menuBarHasTheStandardMenus();
    void menusHaveShortcutsInTooltips();
    void settingsDialog();
    void keyDialog();
    void storeDialogs();
    void aboutBox();
    void tabReachesEveryChatControl();
    void promptLibraryFromTheKeyboard();
    void tabReachesEveryParameter();
    void tabReachesEveryControl_data();
    void tabReachesEveryControl();
    void focusedListsShowARingInDarkTheme();
    void evaluateMnemonicsAreUnique();
    void knowledgeMnemonicsAreUnique();
    void chatMnemonicsAreUnique();
    void focusedPassageShowsARing();

private:
    QStringList mnemonicClashes(QWidget *root, bool menusAndTabs = false) const;

    QTemporaryDir m_home;
    FakeServer m_server;
    std::unique_ptr<GuiController> m_controller;
};

void TestAccessibility::initTestCase()
{
    QVERIFY(useThrowawayHome(m_home, u"SiftAccessibilityTest"_s));
    // tst_accessibility_de runs the access-key tests in German, the language whose translations
    // took letters the menus already had.
    if (qEnvironmentVariableIsSet("SIFT_TEST_GERMAN"))
        LayoutCheck::useGerman();
    qputenv("SIFT_TEST_KEY", "a11y-key");
    QVERIFY(m_server.listen());
    m_controller = std::make_unique<GuiController>();
    QVERIFY(m_controller->start({ u"sift"_s, u"--demo"_s, u"--base-url"_s,
                                  m_server.baseUrl() + u"/v1/openai"_s, u"--api-key-env"_s,
                                  u"SIFT_TEST_KEY"_s }));
    QVERIFY(m_controller->window());
    QTRY_COMPARE(m_controller->window()->keyStateText(),
                 QCoreApplication::translate("MainWindow", "key from environment"));
}

// The walk itself: an unnamed input is reported, a labelled one and Qt's own parts are not.
void TestAccessibility::detectsUnnamedControls()
{
    QWidget form;
    auto *unnamed = new QLineEdit(&form);
    unnamed->setObjectName(u"unnamed"_s);
    auto *named = new QLineEdit(&form);
    named->setAccessibleName(u"Query"_s);
    auto *labelled = new QComboBox(&form);
    labelled->setEditable(true);
    auto *label = new QLabel(u"&Model:"_s, &form);
    label->setBuddy(labelled);
    new QPushButton(u"&Run"_s, &form);
    const QStringList found = unnamedControls(&form);
    QCOMPARE(found.size(), 1);
    QVERIFY(found.constFirst().endsWith(u"QLineEdit#unnamed"_s));
}

void TestAccessibility::mainWindow_data()
{
    QTest::addColumn<int>("tab");
    QTest::newRow("chat") << 0;
    QTest::newRow("rerank") << 1;
    QTest::newRow("evaluate") << 2;
    QTest::newRow("knowledge") << 3;
}

void TestAccessibility::mainWindow()
{
    QFETCH(int, tab);
    MainWindow *window = m_controller->window();
    window->tabs()->setCurrentIndex(tab);
    QWidget *page = window->tabs()->currentWidget();
    QVERIFY(page);
    const QStringList unnamed = unnamedControls(tab == 0 ? static_cast<QWidget *>(window) : page);
    QVERIFY2(unnamed.isEmpty(), qPrintable(u"\n  "_s + unnamed.join(u"\n  "_s)));
}

void TestAccessibility::menuBarHasTheStandardMenus()
{
    QStringList titles;
    int withShortcut = 0;
    for (QAction *menu : m_controller->window()->menuBar()->actions()) {
        titles << QString(menu->text()).remove(u'&');
        for (QAction *action : menu->menu()->actions()) {
            if (!action->shortcut().isEmpty())
                ++withShortcut;
        }
    }
    QCOMPARE(titles,
             QStringList({ u"File"_s, u"Edit"_s, u"View"_s, u"Chat"_s, u"Rerank"_s, u"Help"_s }));
    // The frequent actions are one key press away, and the menus show it.
    QVERIFY(withShortcut >= 15);
}

// Every menu action with a shortcut can be found by keyboard users: the shortcut is in the menu
// (Qt draws it there) and in the tooltip of any button that triggers it.
void TestAccessibility::menusHaveShortcutsInTooltips()
{
    MainWindow *window = m_controller->window();
    const QList<QAction *> menus = window->menuBar()->actions();
    QVERIFY(menus.size() >= 3);
    for (QAction *menu : menus) {
        QVERIFY2(menu->text().contains(u'&'), qPrintable(menu->text())); // Alt+letter opens it
        QVERIFY(menu->menu());
    }
    for (QAbstractButton *button : window->findChildren<QAbstractButton *>()) {
        // Mnemonics (Alt+letter) show as the underlined letter instead.
        if (isQtInternal(button) || button->shortcut().isEmpty() || button->toolTip().isEmpty()
            || button->shortcut() == QKeySequence::mnemonic(button->text()))
            continue;
        const QString shortcut = button->shortcut().toString(QKeySequence::NativeText);
        QVERIFY2(button->toolTip().contains(shortcut),
                 qPrintable(describe(button) + u": "_s + button->toolTip()));
    }
}

void TestAccessibility::settingsDialog()
{
    MainWindow *window = m_controller->window();
    window->settingsAction()->trigger();
    SettingsDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = window->findChild<SettingsDialog *>()) && dialog->isVisible());
    const QStringList unnamed = unnamedControls(dialog);
    dialog->reject();
    QVERIFY2(unnamed.isEmpty(), qPrintable(u"\n  "_s + unnamed.join(u"\n  "_s)));
}

void TestAccessibility::keyDialog()
{
    KeyDialog dialog(u"DeepInfra"_s);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    const QStringList unnamed = unnamedControls(&dialog);
    QVERIFY2(unnamed.isEmpty(), qPrintable(u"\n  "_s + unnamed.join(u"\n  "_s)));
}

// The dialogs over the history: Ctrl+F search and the workbench's "Open set…", on a real file.
void TestAccessibility::storeDialogs()
{
    QTemporaryDir dir;
    Database database;
    QVERIFY(database.open(dir.filePath(u"sift.db"_s)).ok());
    ConversationStore conversations(&database);
    WorkbenchStore sets(&database);
    RerankSet set;
    set.query = u"what is a reranker"_s;
    set.documents = { RerankDocument{ u"a document"_s, -1 } };
    QVERIFY(sets.saveSet(0, set) > 0);

    ConversationSearch search(&conversations);
    search.show();
    QVERIFY(QTest::qWaitForWindowExposed(&search));
    QStringList unnamed = unnamedControls(&search);
    QVERIFY2(unnamed.isEmpty(), qPrintable(u"\n  "_s + unnamed.join(u"\n  "_s)));

    WorkbenchSetsDialog open(&sets);
    open.show();
    QVERIFY(QTest::qWaitForWindowExposed(&open));
    unnamed = unnamedControls(&open);
    QVERIFY2(unnamed.isEmpty(), qPrintable(u"\n  "_s + unnamed.join(u"\n  "_s)));
}

void TestAccessibility::aboutBox()
{
    MainWindow *window = m_controller->window();
    QAction *about = nullptr;
    for (QAction *menu : window->menuBar()->actions()) {
        for (QAction *action : menu->menu()->actions()) {
            if (action->menuRole() == QAction::AboutRole)
                about = action;
        }
    }
    QVERIFY(about);
    about->trigger();
    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = window->findChild<QMessageBox *>()) && box->isVisible());
    // The box names the version CMake gave the build.
    QVERIFY2(box->text().contains(QStringLiteral(SIFT_VERSION)), qPrintable(box->text()));
    const QStringList unnamed = unnamedControls(box);
    box->close();
    QVERIFY2(unnamed.isEmpty(), qPrintable(u"\n  "_s + unnamed.join(u"\n  "_s)));
}

// Forward Tab from the message box visits every control of the Chat tab once, in reading order
// (attach, knowledge collection, prompt library, sections, search box, conversations, model,
// preset, tokens, parameters, transcript, message, send), and comes back.
void TestAccessibility::tabReachesEveryChatControl()
{
    MainWindow *window = m_controller->window();
    window->tabs()->setCurrentIndex(0);
    window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(window));
    ChatPane *chat = window->chatPane();
    chat->input()->setFocus(Qt::TabFocusReason);
    QTRY_VERIFY(chat->input()->hasFocus());

    QStringList visited;
    for (int i = 0; i < 30; ++i) {
        QWidget *focus = QApplication::focusWidget();
        QVERIFY(focus);
        QTest::keyClick(focus, Qt::Key_Tab);
        focus = QApplication::focusWidget();
        if (focus == chat->input())
            break;
        const QString name
            = focus->accessibleName().isEmpty() ? spokenName(focus) : focus->accessibleName();
        visited << (name.isEmpty() ? describe(focus) : name);
    }
    const QString order = visited.join(u" → "_s);
    const QStringList expected = { u"Attach files"_s,    u"Knowledge collection"_s,
                                   u"Prompt library"_s,  u"Chat"_s,
                                   u"Search text"_s,     u"New chat"_s,
                                   u"Conversations"_s,   u"Model"_s,
                                   u"Compare models"_s,  u"Preset"_s,
                                   u"Preset actions"_s,  u"Token probabilities"_s,
                                   u"Show parameters"_s, u"Transcript"_s };
    QVERIFY2(visited.size() == expected.size(), qPrintable(order));
    for (int i = 0; i < expected.size(); ++i)
        QVERIFY2(visited.at(i).startsWith(expected.at(i)), qPrintable(order));
}

// Ctrl+P in the message box opens the prompt library, named throughout, with the search field
// taking the keys; Esc closes it.
void TestAccessibility::promptLibraryFromTheKeyboard()
{
    MainWindow *window = m_controller->window();
    window->tabs()->setCurrentIndex(0);
    window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(window));
    ChatPane *chat = window->chatPane();
    chat->input()->setFocus(Qt::TabFocusReason);
    QTRY_VERIFY(chat->input()->hasFocus());
    QTest::keyClick(chat->input(), Qt::Key_P, Qt::ControlModifier);
    PromptLibraryDialog *library = nullptr;
    QTRY_VERIFY((library = window->findChild<PromptLibraryDialog *>()) && library->isVisible());
    QTRY_COMPARE(QApplication::focusWidget(), library->searchField());
    const QStringList unnamed = unnamedControls(library);
    QTest::keyClick(library->searchField(), Qt::Key_Escape);
    QTRY_VERIFY(!window->findChild<PromptLibraryDialog *>());
    QVERIFY2(unnamed.isEmpty(), qPrintable(u"\n  "_s + unnamed.join(u"\n  "_s)));
}

// With the Parameters panel open (it is built when first opened), forward Tab from its toggle
// visits the system prompt, the three numbers and Use Defaults, then goes on to the transcript
// as with the panel closed.
void TestAccessibility::tabReachesEveryParameter()
{
    MainWindow *window = m_controller->window();
    window->tabs()->setCurrentIndex(0);
    window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(window));
    ChatPane *chat = window->chatPane();
    auto *toggle = chat->findChild<QToolButton *>(u"parametersToggle"_s);
    QVERIFY(toggle);
    toggle->click();
    QVERIFY(toggle->isChecked());
    toggle->setFocus(Qt::TabFocusReason);
    QTRY_VERIFY(toggle->hasFocus());

    QStringList visited;
    for (int i = 0; i < 60; ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QWidget *focus = QApplication::focusWidget();
        if (focus == chat->transcriptView() || focus == toggle)
            break;
        const QString name
            = focus->accessibleName().isEmpty() ? spokenName(focus) : focus->accessibleName();
        visited << (name.isEmpty() ? describe(focus) : name);
    }
    const QString order = visited.join(u" → "_s);
    toggle->click();
    QVERIFY(!toggle->isChecked());
    QCOMPARE(QApplication::focusWidget(), chat->transcriptView());
    const QStringList expected = { u"System prompt"_s, u"Temperature"_s, u"Max tokens"_s,
                                   u"Top-p"_s, u"Reset parameters to defaults"_s };
    QVERIFY2(visited == expected, qPrintable(order));
}

void TestAccessibility::tabReachesEveryControl_data()
{
    mainWindow_data();
}

// On either tab, forward Tab alone reaches every control that can take focus (no control is
// reachable only with Shift+Tab).
void TestAccessibility::tabReachesEveryControl()
{
    QFETCH(int, tab);
    MainWindow *window = m_controller->window();
    window->tabs()->setCurrentIndex(tab);
    window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(window));
    QWidget *page = window->tabs()->currentWidget();
    QSet<QWidget *> expected;
    for (QWidget *w : page->findChildren<QWidget *>()) {
        if ((w->focusPolicy() & Qt::TabFocus) == Qt::TabFocus && !w->focusProxy() && w->isVisible()
            && w->isEnabled())
            expected.insert(w);
    }
    QVERIFY(expected.size() > 4);
    window->tabs()->tabBar()->setFocus(Qt::TabFocusReason);
    QTRY_VERIFY(window->tabs()->tabBar()->hasFocus());
    QSet<QWidget *> visited;
    for (int i = 0; i < 200; ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QWidget *focus = QApplication::focusWidget();
        if (focus == window->tabs()->tabBar())
            break;
        visited.insert(focus);
    }
    QStringList missed;
    for (QWidget *w : std::as_const(expected)) {
        if (!visited.contains(w))
            missed << describe(w);
    }
    QVERIFY2(missed.isEmpty(), qPrintable(u"\n  "_s + missed.join(u"\n  "_s)));
}

// In the dark theme a focused list (the conversations, the transcript) has a visible ring: its
// edge contrasts with the window at least 3:1 (WCAG's minimum for a focus indicator).
void TestAccessibility::focusedListsShowARingInDarkTheme()
{
    MainWindow *window = m_controller->window();
    window->tabs()->setCurrentIndex(0);
    window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(window));
    Theme::apply(Theme::Choice::Dark);
    const auto luminance = [](const QColor &c) {
        const auto channel = [](double v) {
            return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
        };
        return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF())
            + 0.0722 * channel(c.blueF());
    };
    const auto contrast = [&](const QColor &a, const QColor &b) {
        const double la = luminance(a), lb = luminance(b);
        return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
    };
    const QList<QWidget *> views
        = { window->sidebar()->findChild<QListView *>(), window->chatPane()->transcriptView() };
    for (QWidget *view : views) {
        QVERIFY(view);
        view->setFocus(Qt::TabFocusReason);
        QTRY_VERIFY(view->hasFocus());
        QCoreApplication::processEvents();
        // The view's top edge, in the middle, as the window shows it.
        const QImage image = window->grab().toImage();
        const QPoint edge = view->mapTo(window, QPoint(view->width() / 2, 0));
        const QColor ring = image.pixelColor(edge);
        const QColor window_ = QApplication::palette().color(QPalette::Window);
        QVERIFY2(contrast(ring, window_) >= 3.0,
                 qPrintable(u"%1: %2 on %3"_s.arg(describe(view), ring.name(), window_.name())));
    }
    Theme::apply(Theme::Choice::System);
}

// Letters taken twice among the menus, the main tabs and `root`'s visible buttons and labelled
// controls. The menus and the main tabs among themselves count only with `menusAndTabs`.
QStringList TestAccessibility::mnemonicClashes(QWidget *root, bool menusAndTabs) const
{
    MainWindow *window = m_controller->window();
    const auto mnemonic = [](const QString &text) -> QChar {
        for (qsizetype i = 0; i + 1 < text.size(); ++i) {
            if (text.at(i) == u'&') {
                if (text.at(i + 1) != u'&')
                    return text.at(i + 1).toLower();
                ++i; // "&&" is a literal ampersand
            }
        }
        return {};
    };
    QMultiMap<QChar, QString> owners;
    const auto add = [&](const QString &text, const QString &who) {
        if (const QChar key = mnemonic(text); !key.isNull())
            owners.insert(key, who + u" \u201c"_s + text + u"\u201d"_s);
    };
    for (QAction *menu : window->menuBar()->actions())
        add(menu->text(), u"menu"_s);
    for (int i = 0; i < window->tabs()->count(); ++i)
        add(window->tabs()->tabText(i), u"tab"_s);
    for (QAbstractButton *button : root->findChildren<QAbstractButton *>()) {
        if (button->isVisible())
            add(button->text(), u"button"_s);
    }
    for (QLabel *label : root->findChildren<QLabel *>()) {
        if (label->isVisible() && label->buddy())
            add(label->text(), u"label"_s);
    }
    QStringList clashes;
    for (const QChar key : owners.uniqueKeys()) {
        const QStringList all = owners.values(key);
        const bool ours = std::any_of(all.cbegin(), all.cend(), [](const QString &who) {
            return who.startsWith(u"button"_s) || who.startsWith(u"label"_s);
        });
        if (all.size() > 1 && (ours || menusAndTabs))
            clashes << all.join(u" and "_s);
    }
    return clashes;
}

// Alt+letter on the Evaluate tab does one thing: no letter is taken twice by the menus, the main
// tabs and the tab's visible buttons and labelled controls, on each page of its views.
void TestAccessibility::evaluateMnemonicsAreUnique()
{
    MainWindow *window = m_controller->window();
    EvaluateTab *tab = window->evaluateTab();
    window->tabs()->setCurrentIndex(window->tabs()->indexOf(tab->parentWidget()));
    QTRY_VERIFY(tab->isVisible());
    for (int page = 0; page < tab->views()->count(); ++page) {
        tab->views()->setCurrentIndex(page);
        QStringList clashes = mnemonicClashes(tab);
        // Left in German: the per-query page's "A:" and "B:" have no other letter, and a longer
        // label ("System A:") does not fit the row at 800 pixels; Tab reaches both boxes.
        if (qEnvironmentVariableIsSet("SIFT_TEST_GERMAN")) {
            clashes.removeOne(u"label \u201c&A:\u201d and menu \u201c&Ansicht\u201d"_s);
            clashes.removeOne(u"label \u201c&B:\u201d and menu \u201c&Bearbeiten\u201d"_s);
        }
        QVERIFY2(
            clashes.isEmpty(),
            qPrintable(u"page %1: "_s.arg(tab->views()->tabText(page)) + clashes.join(u"; "_s)));
    }
}

// The same on the Knowledge tab: Alt+C created no collection (the Chat menu and tab have C),
// Alt+F added no folder (File), Alt+R removed nothing (Rerank).
void TestAccessibility::knowledgeMnemonicsAreUnique()
{
    MainWindow *window = m_controller->window();
    window->showKnowledge();
    KnowledgePanel *panel = window->knowledgePanel();
    QTRY_VERIFY(panel->isVisible());
    const QStringList clashes = mnemonicClashes(panel);
    QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(u"; "_s)));
}

// The same on the Chat tab with Parameters open (the sampling, format and output options too):
// Alt+K went to the Knowledge tab, not Top-k; Alt+T pressed Stop, not the Stop sequences field. The
// Chat menu and the Chat tab do not share a letter either.
void TestAccessibility::chatMnemonicsAreUnique()
{
    MainWindow *window = m_controller->window();
    window->tabs()->setCurrentIndex(0);
    ChatPane *chat = window->chatPane();
    QTRY_VERIFY(chat->isVisible());
    auto *toggle = chat->findChild<QToolButton *>(u"parametersToggle"_s);
    QVERIFY(toggle);
    if (!toggle->isChecked())
        toggle->click();
    QVERIFY(toggle->isChecked());
    QTRY_VERIFY(chat->optionsPanel() && chat->optionsPanel()->isVisible());
    QStringList clashes = mnemonicClashes(window, true);
    // Compare mode adds its bar (Add Model, Blind, Leaderboard).
    chat->compareAction()->setChecked(true);
    QTRY_VERIFY(chat->findChild<CompareBar *>()->isVisible());
    const QStringList compare = mnemonicClashes(window, true);
    for (const QString &clash : compare) {
        if (!clashes.contains(clash))
            clashes << clash;
    }
    chat->compareAction()->setChecked(false);
    toggle->click();
    QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(u"; "_s)));
}

// The Knowledge tab's passage is read-only: no cursor shows that Tab reached it. It gets the ring
// lists and tables have; an editable text field (the question) does not need one.
void TestAccessibility::focusedPassageShowsARing()
{
    MainWindow *window = m_controller->window();
    window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(window));
    window->showKnowledge();
    KnowledgePanel *panel = window->knowledgePanel();
    QTRY_VERIFY(panel->isVisible());
    QPlainTextEdit *passage = nullptr;
    QLineEdit *question = nullptr;
    for (QWidget *widget : panel->findChildren<QWidget *>()) {
        if (widget->accessibleName() == u"Passage"_s)
            passage = qobject_cast<QPlainTextEdit *>(widget);
        else if (widget->accessibleName() == u"Question"_s)
            question = qobject_cast<QLineEdit *>(widget);
    }
    QVERIFY(passage && question);
    passage->setFocus(Qt::TabFocusReason);
    QTRY_VERIFY(passage->hasFocus());
    QCOMPARE(FocusRing::currentTarget(), static_cast<QWidget *>(passage));
    question->setFocus(Qt::TabFocusReason);
    QTRY_VERIFY(question->hasFocus());
    QCOMPARE(FocusRing::currentTarget(), nullptr);
}

// Ctrl+3 from the chat's message box: the Evaluate tab has the keyboard, so its shortcuts (Ctrl+R,
// Esc) work without a click or Tab first.
void TestAccessibility::evaluateTabTakesTheKeyboard()
{
    MainWindow *window = m_controller->window();
    window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(window));
    window->tabs()->setCurrentIndex(0);
    QPlainTextEdit *input = window->findChild<ChatPane *>()->input();
    input->setFocus();
    QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget *>(input));
    QTest::keyClick(input, Qt::Key_3, Qt::ControlModifier);
    EvaluateTab *tab = window->evaluateTab();
    QTRY_VERIFY(tab->isVisible());
    QTRY_VERIFY2(QApplication::focusWidget() && tab->isAncestorOf(QApplication::focusWidget()),
                 QApplication::focusWidget()
                     ? QApplication::focusWidget()->metaObject()->className()
                     : "no focus");
    // With no set yet, Load Sample once the sets are read: the page switch left the keyboard on
    // the empty set box, where Space did nothing and no focus ring showed.
    const auto onSample = [] {
        auto *button = qobject_cast<QPushButton *>(QApplication::focusWidget());
        return button && button->text() == u"Load Sam&ple"_s;
    };
    QTRY_VERIFY2(onSample(),
                 QApplication::focusWidget() ? qPrintable(
                     QApplication::focusWidget()->accessibleName() + u" "_s
                     + QString::fromLatin1(QApplication::focusWidget()->metaObject()->className()))
                                             : "no focus");
    QCOMPARE(tab->setCombo()->count(), 0);
    QVERIFY(window->testAttribute(Qt::WA_KeyboardFocusChange)); // the ring shows
}

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
