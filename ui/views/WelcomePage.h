#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace duban::ui {

/// Shown while the open database holds no task: open another database, import a plan, open the sample.
class WelcomePage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WelcomePage)
public:
    explicit WelcomePage(QWidget *parent = nullptr);
    void setDatabasePath(const QString &path);

signals:
    void openDatabaseRequested();
    void importPlanRequested();
    void openSampleRequested();
    void newTaskRequested();

private:
    QLabel *m_path;
};

} // namespace duban::ui
