// Numbers in the window follow the user's locale (German: "0,341"), and Qt's own strings
// ("Cancel") are translated, as a user with LANGUAGE=de sees them. CTest runs this test with
// LANGUAGE=de; Qt's translations come from qt6-translations-l10n, which scripts/deps installs.
#include "models/costformat.h"
#include "rerankresultmodel.h"
#include "rerankscoredelegate.h"
#include "transcriptmodel.h"
#include "translationloader.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QPaintDevice>
#include <QPaintEngine>
#include <QPainter>
#include <QPushButton>
#include <QStyleOptionViewItem>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// A paint device that keeps the text drawn on it: what a delegate shows, as strings.
class TextRecorder : public QPaintDevice
{
public:
    QStringList texts;

    TextRecorder() : m_engine(this) { }
    QPaintEngine *paintEngine() const override { return &m_engine; }

protected:
    int metric(PaintDeviceMetric metric) const override
    {
        switch (metric) {
        case PdmWidth:
            return 800;
        case PdmHeight:
            return 100;
        case PdmDpiX:
        case PdmDpiY:
        case PdmPhysicalDpiX:
        case PdmPhysicalDpiY:
            return 96;
        case PdmDepth:
            return 32;
        case PdmDevicePixelRatio:
            return 1;
        case PdmDevicePixelRatioScaled:
            return int(devicePixelRatioFScale());
        default:
            return 0;
        }
    }

private:
    class Engine : public QPaintEngine
    {
    public:
        explicit Engine(TextRecorder *device)
            : QPaintEngine(QPaintEngine::AllFeatures), m_device(device)
        {
        }
        bool begin(QPaintDevice *) override { return true; }
        bool end() override { return true; }
        void updateState(const QPaintEngineState &) override { }
        void drawPixmap(const QRectF &, const QPixmap &, const QRectF &) override { }
        void drawImage(const QRectF &, const QImage &, const QRectF &,
                       Qt::ImageConversionFlags) override
        {
        }
        void drawPath(const QPainterPath &) override { }
        void drawPolygon(const QPointF *, int, PolygonDrawMode) override { }
        void drawRects(const QRectF *, int) override { }
        void drawLines(const QLineF *, int) override { }
        void drawEllipse(const QRectF &) override { }
        void drawTextItem(const QPointF &, const QTextItem &item) override
        {
            m_device->texts.append(item.text());
        }
        Type type() const override { return QPaintEngine::User; }

    private:
        TextRecorder *m_device;
    };
    mutable Engine m_engine;
};

} // namespace

class TestLocale : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void rerankScoresFollowTheLocale();
    void costsFollowTheLocale();
    void qtStringsAreTranslated();
};

void TestLocale::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
}

void TestLocale::cleanupTestCase()
{
    QLocale::setDefault(QLocale::c());
}

// The ranking's scores as the list draws them and as a screen reader reads them.
void TestLocale::rerankScoresFollowTheLocale()
{
    RerankResultModel model;
    RerankResult result;
    result.model = u"acme/reranker"_s;
    result.documentCount = 2;
    result.ranked = { { 1, 0.341 }, { 0, 0.125 } };
    model.setResult(result, { { u"first"_s, -1 }, { u"second"_s, 2 } });
    const QModelIndex top = model.index(0);
    QVERIFY2(top.data().toString().contains(u"0,341"_s), qPrintable(top.data().toString()));
    QVERIFY(top.data(Qt::AccessibleTextRole).toString().contains(u"0,341"_s));

    RerankScoreDelegate delegate;
    TextRecorder device;
    {
        QPainter painter(&device);
        QStyleOptionViewItem option;
        option.rect = QRect(0, 0, 800, 24);
        option.state = QStyle::State_Enabled;
        option.fontMetrics = QFontMetrics(option.font);
        delegate.paint(&painter, option, top);
    }
    const QString drawn = device.texts.join(u' ');
    QVERIFY2(drawn.contains(u"0,341"_s), qPrintable(drawn));
    QVERIFY2(!drawn.contains(u"0.341"_s), qPrintable(drawn));
}

void TestLocale::costsFollowTheLocale()
{
    QCOMPARE(CostFormat::usd(0.0000342, QLocale()), u"$0,000034"_s);
    QCOMPARE(CostFormat::usd(0.5, QLocale()), u"$0,50"_s);
}

// LANGUAGE=de: Qt's own buttons speak German once qtbase_de is loaded beside Sift's.
void TestLocale::qtStringsAreTranslated()
{
    const QString qm = QLibraryInfo::path(QLibraryInfo::TranslationsPath) + u"/qtbase_de.qm"_s;
    QVERIFY2(QFileInfo::exists(qm),
             qPrintable(u"%1 is missing: run scripts/deps (qt6-translations-l10n)"_s.arg(qm)));
    TranslationLoader::install(qApp);
    QDialogButtonBox box(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    QCOMPARE(box.button(QDialogButtonBox::Cancel)->text().remove(u'&'), u"Abbrechen"_s);
}

QTEST_MAIN(TestLocale)
#include "tst_locale.moc"
