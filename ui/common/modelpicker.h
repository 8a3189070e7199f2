#pragma once

#include "models/modelcatalog.h"

#include <QComboBox>
#include <QPointer>

class Config;
class ModelField;
class ModelListModel;
class QAction;
class QCompleter;

// Editable model chooser. Typing filters fuzzily on id and name; the list is grouped
// (Favorites, Recent, Documented, All from endpoint), each row shows context length and price
// per 1M tokens in/out, deprecated models are hidden unless asked for, and any typed id is
// accepted. Only models of one type are offered (chat by default; rerank for the workbench).
class ModelPicker : public QComboBox
{
    Q_OBJECT
public:
    enum Roles {
        DocumentedRole = Qt::UserRole + 1,
        ModelIdRole, // the id a row stands for; empty on group headers
        HeaderRole,  // true on group headers
    };
    static constexpr int MaxRecent = 5;

    explicit ModelPicker(QWidget *parent = nullptr);
    ~ModelPicker() override;

    void setCatalog(const ModelCatalog *catalog);
    void setModelType(ModelInfo::Type type);
    // Favourites, recent ids and "show deprecated" are read from and written to config.
    void setConfig(Config *config);

    // The model id chosen last (what the field shows until the user types): the default model
    // when none was chosen. Typing changes it only when a choice is made: a row taken from the
    // list, or Enter (the best match; the typed text only when no model matches it). Esc and
    // leaving the field put it back in the field.
    QString currentModel() const;
    void setCurrentModel(const QString &id);
    // What the field shows: the text, or while the field has no focus and the text does not fit,
    // the text elided in the middle with "…".
    QString shownText() const;
    // Ctrl+K: focus the field, select its text and open the list.
    void focusAndOpen();
    void showPopup() override;

    bool isFavorite(const QString &id) const;
    void setFavorite(const QString &id, bool favorite);
    QStringList favorites() const { return m_favorites; }
    QStringList recent() const { return m_recent; }
    bool showDeprecated() const;
    void setShowDeprecated(bool show);
    // Filters the list as typing does (used by the field and by benchmarks).
    void setFilterText(const QString &text);
    QAbstractItemModel *listModel() const;

    bool eventFilter(QObject *watched, QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

Q_SIGNALS:
    void modelChosen(const QString &id);

private:
    void reload();
    bool fieldEvent(QEvent *event);
    QString effectiveId(const QString &id) const;
    void choose(const QString &id);
    void chooseBestMatch();
    void restore();
    void showStart();
    // The list as wide as its rows (up to the screen), not only as the field: in a narrow
    // window the ids and their marks (context, price, "images") were elided to a few letters.
    void widenPopup();
    void updateToolTip();
    void rememberRecent(const QString &id);
    void showRowMenu(const QPoint &pos);

    QPointer<const ModelCatalog> m_catalog;
    QPointer<Config> m_config;
    ModelInfo::Type m_type = ModelInfo::Type::Chat;
    ModelListModel *m_list;
    QCompleter *m_completer;
    ModelField *m_field;
    QAction *m_favoriteAction;
    QAction *m_deprecatedAction;
    QStringList m_favorites;
    QStringList m_recent; // newest first
    QString m_current;    // the chosen id as typed (empty: the default chat model)
};
