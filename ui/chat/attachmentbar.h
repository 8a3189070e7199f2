#pragma once

#include "chat/attachments.h"

#include <QImage>
#include <QList>
#include <QWidget>

#include <functional>

class QHBoxLayout;
class QLabel;
class QMimeData;
class QPushButton;

// The files waiting to go with the next message: an Attach button, one chip per file (a
// thumbnail for images) with a remove button, and a line saying why a file was refused.
// Files are read and images scaled off the GUI thread.
class AttachmentBar : public QWidget
{
    Q_OBJECT
public:
    explicit AttachmentBar(QWidget *parent = nullptr);

    QList<Attachment> attachments() const { return m_attachments; }
    void clear();
    // Reads the files on a worker; each arrives through attachmentsChanged() or an error.
    void addFiles(const QStringList &paths);
    void addImage(const QImage &image, const QString &name);
    // Files or a picture from a drop or the clipboard; false when it holds neither.
    bool addMimeData(const QMimeData *data);
    static bool canAccept(const QMimeData *data);
    bool isLoading() const { return m_loading > 0; }
    // The longest side images are scaled to (Settings → Images); files added later use it.
    void setMaxSide(int pixels) { m_maxSide = Attachments::clampMaxSide(pixels); }
    int maxSide() const { return m_maxSide; }

    QPushButton *attachButton() const { return m_attach; }
    QLabel *errorLabel() const { return m_error; }
    // The chip widgets, in order (for tests and accessibility).
    QList<QWidget *> chips() const;

Q_SIGNALS:
    void attachmentsChanged();
    // A file was refused (too large, binary, unreadable): the message says which and why.
    void refused(const QString &message);
    void loadingFinished();

private:
    void chooseFiles();
    // Loads on a worker; the result takes the place `ticket` holds in the order files were given.
    void load(std::function<Attachments::Loaded()> work);
    void add(const Attachments::Loaded &loaded, const QImage &thumbnail, quint64 ticket);
    void rebuildChips();

    QList<Attachment> m_attachments;
    // The order each attachment was asked for (parallel to m_attachments): workers finish in
    // any order, a small file before a large picture given first.
    QList<quint64> m_tickets;
    QList<QImage> m_thumbnails; // of the chips (null for text files), parallel too
    quint64 m_nextTicket = 0;
    QPushButton *m_attach;
    QWidget *m_chipArea;
    QHBoxLayout *m_chipLayout;
    QLabel *m_error;
    int m_loading = 0;
    int m_maxSide = Attachments::DefaultMaxSide;
};
