#include "PreferencesDialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

namespace duban::ui {

PreferencesDialog::PreferencesDialog(const QString &name, const QString &loginName, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Preferences"));
    auto *form = new QFormLayout(this);
    m_name = new QLineEdit(name, this);
    m_name->setPlaceholderText(loginName);
    m_name->setMinimumWidth(240);
    form->addRow(tr("Your &name"), m_name);
    auto *hint = new QLabel(tr("Recorded with every step and edit you make (留痕). Empty: the login name "
                               "“%1”.")
                                .arg(loginName),
                            this);
    hint->setWordWrap(true);
    hint->setStyleSheet(QStringLiteral("color: gray"));
    form->addRow(hint);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);
}

QString PreferencesDialog::name() const
{
    return m_name->text().trimmed();
}

} // namespace duban::ui
