#pragma once

#include "models/modelcatalog.h"

#include <QComboBox>
#include <QPointer>

class QCompleter;

// Editable model chooser: the catalog's chat models (documented ones marked), filtered as the
// user types; any typed id is accepted.
class ModelPicker : public QComboBox
{
    Q_OBJECT
public:
    enum Roles { DocumentedRole = Qt::UserRole + 1 };

    explicit ModelPicker(QWidget *parent = nullptr);

    void setCatalog(const ModelCatalog *catalog);
    // The model id to use: what is shown, trimmed; the default model when empty.
    QString currentModel() const;
    void setCurrentModel(const QString &id);
    // Ctrl+K: focus the field, select its text and open the list.
    void focusAndOpen();

Q_SIGNALS:
    void modelChosen(const QString &id);

private:
    void reload();
    void emitChosen();

    QPointer<const ModelCatalog> m_catalog;
    QCompleter *m_completer;
    QString m_lastEmitted;
};
