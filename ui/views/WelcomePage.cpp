#include "WelcomePage.h"

#include <QDir>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace duban::ui {

WelcomePage::WelcomePage(QWidget *parent) : QWidget(parent)
{
    auto *outer = new QVBoxLayout(this);
    outer->addStretch(1);
    auto *box = new QWidget(this);
    box->setMaximumWidth(560);
    auto *layout = new QVBoxLayout(box);
    auto *title = new QLabel(tr("Duban — task supervision ledger"), box);
    QFont f = title->font();
    f.setPointSizeF(f.pointSizeF() * 1.8);
    f.setBold(true);
    title->setFont(f);
    layout->addWidget(title);
    auto *intro =
        new QLabel(tr("Turn a policy document into a ledger of assigned tasks, then follow every task to "
                      "completion: lead and co-responsible units, deadlines and milestones, progress, "
                      "warnings and briefings."),
                   box);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    layout->addSpacing(12);
    auto addButton = [&](const QString &text, auto signal) {
        auto *b = new QPushButton(text, box);
        b->setMinimumHeight(36);
        connect(b, &QPushButton::clicked, this, signal);
        layout->addWidget(b);
        return b;
    };
    addButton(tr("Import a plan document…"), &WelcomePage::importPlanRequested);
    addButton(tr("Open the sample plan (湘新综发〔2023〕22号)"), &WelcomePage::openSampleRequested);
    addButton(tr("Enter a task by hand"), &WelcomePage::newTaskRequested);
    addButton(tr("Open another database…"), &WelcomePage::openDatabaseRequested);
    layout->addSpacing(12);
    m_path = new QLabel(box);
    m_path->setWordWrap(true);
    m_path->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_path->setStyleSheet(QStringLiteral("color: palette(mid);"));
    layout->addWidget(m_path);
    auto *row = new QHBoxLayout();
    row->addStretch(1);
    row->addWidget(box, 2);
    row->addStretch(1);
    outer->addLayout(row);
    outer->addStretch(2);
}

void WelcomePage::setDatabasePath(const QString &path)
{
    m_path->setText(tr("Database: %1").arg(QDir::toNativeSeparators(path)));
}

} // namespace duban::ui
