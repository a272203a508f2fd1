// The gigmap window: the map beside the gig list; it shows models and reports what the user asks.
#pragma once

#include <QMainWindow>

class QLabel;
class QSplitter;
class QTableView;

namespace gig {

class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    QTableView *gigTable() const { return m_gigTable; }

    // Says where the shown data comes from ("Demo data") in a permanent status-bar label;
    // an empty text hides the label.
    void setDataSourceLabel(const QString &text);
    QString dataSourceLabel() const;

signals:
    void shown();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void createMenus();
    void showAbout();

    QSplitter *m_splitter = nullptr;
    QLabel *m_mapArea = nullptr;
    QTableView *m_gigTable = nullptr;
    QLabel *m_dataSource = nullptr;
    bool m_firstShow = true;
};

} // namespace gig
