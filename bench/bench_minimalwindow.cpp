// The baseline of bench_startup: the smallest Qt Widgets window that looks like an app (a main
// window with a menu bar, a text area and a status bar). Prints the monotonic time of its first
// paint, as `sift --bench-exit-after-paint` does, then quits.
#include <QApplication>
#include <QMainWindow>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QStatusBar>
#include <QTimer>

#include <chrono>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

class FirstPaintReporter : public QObject
{
public:
    using QObject::QObject;
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (!m_done && event->type() == QEvent::Paint && watched->isWidgetType()) {
            m_done = true;
            QTimer::singleShot(0, qApp, [] {
                const auto ns = std::chrono::duration_cast<std::chrono::nanoseconds>(
                    std::chrono::steady_clock::now().time_since_epoch());
                std::printf("sift-bench-painted %lld\n", static_cast<long long>(ns.count()));
                std::fflush(stdout);
                QCoreApplication::quit();
            });
        }
        return false;
    }

private:
    bool m_done = false;
};

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    FirstPaintReporter reporter;
    app.installEventFilter(&reporter);
    QMainWindow window;
    window.menuBar()->addMenu(u"&File"_s);
    window.setCentralWidget(new QPlainTextEdit(&window));
    window.statusBar()->showMessage(u"Ready"_s);
    window.resize(1100, 750);
    window.show();
    return app.exec();
}
