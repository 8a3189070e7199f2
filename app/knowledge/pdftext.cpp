#include "pdftext.h"

#include <QCoreApplication>
#include <QStringList>

#if defined(SIFT_HAVE_QTPDF)
#include <QPdfDocument>
#include <QPdfSelection>
#endif

bool PdfText::available()
{
#if defined(SIFT_HAVE_QTPDF)
    return true;
#else
    return false;
#endif
}

std::optional<QString> PdfText::extract(const QString &path, QString *error)
{
#if defined(SIFT_HAVE_QTPDF)
    QPdfDocument document;
    const QPdfDocument::Error loaded = document.load(path);
    if (loaded != QPdfDocument::Error::None) {
        *error = loaded == QPdfDocument::Error::IncorrectPassword
            ? QCoreApplication::translate("PdfText", "the PDF is protected by a password: skipped.")
            : QCoreApplication::translate("PdfText",
                                          "could not be read as a PDF: skipped. Check that the "
                                          "file is complete.");
        return std::nullopt;
    }
    QStringList pages;
    for (int page = 0; page < document.pageCount(); ++page)
        pages << document.getAllText(page).text().trimmed();
    return pages.join(QStringLiteral("\n\n"));
#else
    Q_UNUSED(path)
    *error = QCoreApplication::translate("PdfText",
                                         "PDF files are not indexed: this build of Sift has no "
                                         "PDF reader. Save it as text to include it.");
    return std::nullopt;
#endif
}
