#pragma once

#include <QDialog>

class QLineEdit;

namespace duban::ui {

/// The user's own preferences (QSettings, not the ledger's settings): the name recorded with each step.
class PreferencesDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PreferencesDialog)
public:
    /// `name`: the name set now (empty: none); `loginName`: what is recorded without one.
    PreferencesDialog(const QString &name, const QString &loginName, QWidget *parent = nullptr);
    QString name() const;
    QLineEdit *nameField() const { return m_name; }

private:
    QLineEdit *m_name;
};

} // namespace duban::ui
