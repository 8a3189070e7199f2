// The desktop integration files, the Flatpak manifest and `cmake --install` agree with each other
// and with the build: one application id, the CMake version, every referenced file present.
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace {

const QString AppId = u"org.example.Sift"_s;

QString sourcePath(const QString &relative)
{
    return QDir(QStringLiteral(SIFT_SOURCE_DIR)).filePath(relative);
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

// Desktop entry keys of the [Desktop Entry] group (localised keys keep their [xx] suffix).
QHash<QString, QString> desktopEntry(const QString &path)
{
    QHash<QString, QString> keys;
    const QStringList lines = QString::fromUtf8(readAll(path)).split(u'\n');
    bool inGroup = false;
    for (const QString &line : lines) {
        if (line.startsWith(u'['))
            inGroup = line == "[Desktop Entry]"_L1;
        else if (inGroup && line.contains(u'='))
            keys.insert(line.section(u'=', 0, 0), line.section(u'=', 1));
    }
    return keys;
}

struct MetaInfo
{
    QString id;
    QString launchable;
    QStringList releases;
    QStringList screenshots;
    bool contentRating = false;
};

MetaInfo metaInfo(const QString &path)
{
    MetaInfo info;
    QXmlStreamReader xml(readAll(path));
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        const auto name = xml.name();
        if (name == "id"_L1)
            info.id = xml.readElementText();
        else if (name == "launchable"_L1)
            info.launchable = xml.readElementText();
        else if (name == "release"_L1)
            info.releases << xml.attributes().value("version"_L1).toString();
        else if (name == "image"_L1)
            info.screenshots << xml.readElementText();
        else if (name == "content_rating"_L1)
            info.contentRating = true;
    }
    if (xml.hasError())
        info.id.clear();
    return info;
}

} // namespace

class TestPackaging : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void desktopFile();
    void metaInfoMatchesDesktopFile();
    void metaInfoCarriesTheCMakeVersion();
    void screenshotsExist();
    void icons_data();
    void icons();
    void scalableIcon();
    void flatpakManifest();
    void flatpakSourcesExist();
    void versionFromCMake();
    void installPutsFilesInStandardPlaces();
    void debDependsOnRuntimePackages();
};

void TestPackaging::desktopFile()
{
    const QString path = sourcePath(u"packaging/linux/%1.desktop"_s.arg(AppId));
    const auto keys = desktopEntry(path);
    QCOMPARE(keys.value(u"Type"_s), u"Application"_s);
    QCOMPARE(keys.value(u"Name"_s), u"Sift"_s);
    QCOMPARE(keys.value(u"Exec"_s).section(u' ', 0, 0), u"sift"_s);
    QCOMPARE(keys.value(u"Icon"_s), AppId);
    QVERIFY(!keys.value(u"Comment"_s).isEmpty());
    QVERIFY(keys.value(u"Categories"_s).endsWith(u';'));
    for (const QString &lang : { u"de"_s, u"fr"_s, u"es"_s })
        QVERIFY2(keys.contains(u"Comment[%1]"_s.arg(lang)), qPrintable(lang));
}

void TestPackaging::metaInfoMatchesDesktopFile()
{
    const MetaInfo info = metaInfo(sourcePath(u"packaging/linux/%1.metainfo.xml"_s.arg(AppId)));
    QCOMPARE(info.id, AppId);
    QCOMPARE(info.launchable, AppId + ".desktop"_L1);
    QVERIFY(QFileInfo::exists(sourcePath(u"packaging/linux/"_s + info.launchable)));
    QVERIFY(info.contentRating);
}

void TestPackaging::metaInfoCarriesTheCMakeVersion()
{
    // The installed copy is configured by CMake: its newest release is the project version.
    const MetaInfo info = metaInfo(
        QDir(QStringLiteral(SIFT_BUILD_DIR)).filePath(u"packaging/%1.metainfo.xml"_s.arg(AppId)));
    QVERIFY(!info.releases.isEmpty());
    QCOMPARE(info.releases.constFirst(), QStringLiteral(SIFT_VERSION));
}

void TestPackaging::screenshotsExist()
{
    const MetaInfo info = metaInfo(sourcePath(u"packaging/linux/%1.metainfo.xml"_s.arg(AppId)));
    QVERIFY(info.screenshots.size() >= 2);
    for (const QString &url : info.screenshots) {
        QVERIFY2(url.startsWith("https://"_L1), qPrintable(url));
        const QString file = u"docs/"_s + url.section(u'/', -1);
        QVERIFY2(QFileInfo::exists(sourcePath(file)), qPrintable(file));
        QVERIFY2(!QImage(sourcePath(file)).isNull(), qPrintable(file));
    }
}

void TestPackaging::icons_data()
{
    QTest::addColumn<int>("size");
    for (const int size : { 16, 22, 24, 32, 48, 64, 128, 256 })
        QTest::addRow("%dx%d", size, size) << size;
}

void TestPackaging::icons()
{
    QFETCH(int, size);
    const QString path = sourcePath(u"packaging/linux/icons/%1x%1/%2.png"_s.arg(size).arg(AppId));
    const QImage image(path);
    QVERIFY2(!image.isNull(), qPrintable(path));
    QCOMPARE(image.size(), QSize(size, size));
    QVERIFY(image.hasAlphaChannel());
}

void TestPackaging::scalableIcon()
{
    QXmlStreamReader xml(readAll(sourcePath(u"resources/icons/sift.svg"_s)));
    QVERIFY(xml.readNextStartElement());
    QCOMPARE(xml.name(), "svg"_L1);
    while (!xml.atEnd())
        xml.readNext();
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
}

void TestPackaging::flatpakManifest()
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(
        readAll(sourcePath(u"packaging/flatpak/%1.json"_s.arg(AppId))), &error);
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    const QJsonObject manifest = doc.object();
    QCOMPARE(manifest.value("id"_L1).toString(), AppId);
    QCOMPARE(manifest.value("runtime"_L1).toString(), u"org.kde.Platform"_s);
    QCOMPARE(manifest.value("sdk"_L1).toString(), u"org.kde.Sdk"_s);
    QVERIFY(manifest.value("runtime-version"_L1).toString().startsWith("6."_L1));
    QCOMPARE(manifest.value("command"_L1).toString(), u"sift"_s);

    QStringList finishArgs;
    for (const QJsonValue &arg : manifest.value("finish-args"_L1).toArray())
        finishArgs << arg.toString();
    QVERIFY(finishArgs.contains(u"--talk-name=org.freedesktop.secrets"_s));
    QVERIFY(finishArgs.contains(u"--share=network"_s));
    // No blanket access: the keychain and the network are all Sift needs.
    QVERIFY(!finishArgs.contains(u"--socket=session-bus"_s));
    QVERIFY(!finishArgs.contains(u"--filesystem=home"_s));

    const QJsonArray modules = manifest.value("modules"_L1).toArray();
    QStringList names;
    for (const QJsonValue &module : modules)
        names << module.toObject().value("name"_L1).toString();
    // QtKeychain is not in the KDE runtime; it must be built before Sift.
    QCOMPARE(names, QStringList({ u"qtkeychain"_s, u"sift"_s }));
    QVERIFY(modules.at(0)
                .toObject()
                .value("config-opts"_L1)
                .toArray()
                .contains(u"-DBUILD_WITH_QT6=ON"_s));
    QVERIFY(
        modules.at(1).toObject().value("config-opts"_L1).toArray().contains(u"-DSIFT_TESTS=OFF"_s));
}

void TestPackaging::flatpakSourcesExist()
{
    const QString manifestDir = sourcePath(u"packaging/flatpak"_s);
    const QJsonObject manifest
        = QJsonDocument::fromJson(readAll(manifestDir + u"/%1.json"_s.arg(AppId))).object();
    int local = 0;
    for (const QJsonValue &module : manifest.value("modules"_L1).toArray()) {
        for (const QJsonValue &value : module.toObject().value("sources"_L1).toArray()) {
            const QJsonObject source = value.toObject();
            const QString type = source.value("type"_L1).toString();
            if (type == "dir"_L1 || type == "file"_L1 || type == "patch"_L1) {
                const QFileInfo info(
                    QDir(manifestDir).filePath(source.value("path"_L1).toString()));
                QVERIFY2(info.exists(), qPrintable(info.filePath()));
                ++local;
                if (type == "dir"_L1) {
                    // The Sift module builds this very source tree.
                    QCOMPARE(info.canonicalFilePath(),
                             QFileInfo(QStringLiteral(SIFT_SOURCE_DIR)).canonicalFilePath());
                }
            } else {
                QVERIFY2(type == "git"_L1 || type == "archive"_L1, qPrintable(type));
                QVERIFY(source.value("url"_L1).toString().startsWith("https://"_L1));
                QVERIFY(source.contains("tag"_L1) || source.contains("commit"_L1)
                        || source.contains("sha256"_L1));
            }
        }
    }
    QCOMPARE(local, 1);
}

void TestPackaging::versionFromCMake()
{
    QProcess sift;
    sift.start(QStringLiteral(SIFT_BINARY), { u"--version"_s });
    QVERIFY(sift.waitForFinished(30000));
    QCOMPARE(sift.exitCode(), 0);
    QCOMPARE(QString::fromUtf8(sift.readAllStandardOutput()).trimmed(),
             u"sift "_s + QStringLiteral(SIFT_VERSION));
}

// What the .deb needs at run time beyond the libraries dpkg-shlibdeps finds: Qt's plugins (the
// platform ones, the WebP reader for attachments) and Qt's own translations ("Cancel" in the
// user's language). scripts/deps installs each of them too, so a developer's machine runs what a
// user's does.
void TestPackaging::debDependsOnRuntimePackages()
{
    const QString cmake = QString::fromUtf8(readAll(sourcePath(u"packaging/CMakeLists.txt"_s)));
    const QRegularExpressionMatch match
        = QRegularExpression(uR"re(set\(CPACK_DEBIAN_PACKAGE_DEPENDS\s+"([^"]*)"\))re"_s)
              .match(cmake);
    QVERIFY2(match.hasMatch(), "packaging/CMakeLists.txt sets no CPACK_DEBIAN_PACKAGE_DEPENDS");
    QStringList depends;
    for (const QString &entry : match.captured(1).split(u',', Qt::SkipEmptyParts))
        depends << entry.trimmed().section(u' ', 0, 0);
    for (const QString &needed : { u"libqt6sql6-sqlite"_s, u"qt6-qpa-plugins"_s,
                                   u"qt6-translations-l10n"_s, u"qt6-image-formats-plugins"_s })
        QVERIFY2(depends.contains(needed), qPrintable(needed + u" missing from Depends"_s));

    const QString deps = QString::fromUtf8(readAll(sourcePath(u"scripts/deps"_s)));
    for (const QString &package : std::as_const(depends)) {
        const QRegularExpression word(u"(^|\\s)"_s + QRegularExpression::escape(package)
                                          + u"(\\s|$)"_s,
                                      QRegularExpression::MultilineOption);
        QVERIFY2(deps.contains(word), qPrintable(package + u" missing from scripts/deps"_s));
    }
}

void TestPackaging::installPutsFilesInStandardPlaces()
{
    QTemporaryDir prefix;
    QVERIFY(prefix.isValid());
    QProcess install;
    install.start(QStringLiteral(SIFT_CMAKE_COMMAND),
                  { u"--install"_s, QStringLiteral(SIFT_BUILD_DIR), u"--prefix"_s, prefix.path() });
    QVERIFY(install.waitForFinished(120000));
    QVERIFY2(install.exitCode() == 0, install.readAllStandardError().constData());

    const QStringList expected = {
        u"bin/sift"_s,
        u"share/applications/%1.desktop"_s.arg(AppId),
        u"share/metainfo/%1.metainfo.xml"_s.arg(AppId),
        u"share/icons/hicolor/scalable/apps/%1.svg"_s.arg(AppId),
        u"share/icons/hicolor/16x16/apps/%1.png"_s.arg(AppId),
        u"share/icons/hicolor/48x48/apps/%1.png"_s.arg(AppId),
        u"share/icons/hicolor/256x256/apps/%1.png"_s.arg(AppId),
    };
    for (const QString &file : expected)
        QVERIFY2(QFileInfo::exists(prefix.filePath(file)), qPrintable(file));
    QVERIFY(QFileInfo(prefix.filePath(u"bin/sift"_s)).isExecutable());

    // The installed binary runs and reports the CMake version.
    QProcess sift;
    sift.start(prefix.filePath(u"bin/sift"_s), { u"--version"_s });
    QVERIFY(sift.waitForFinished(30000));
    QCOMPARE(QString::fromUtf8(sift.readAllStandardOutput()).trimmed(),
             u"sift "_s + QStringLiteral(SIFT_VERSION));
}

QTEST_GUILESS_MAIN(TestPackaging)
#include "tst_packaging.moc"
