// A Qt plugin of another program for the tests: the scanner must refuse it without loading it.
#include <QObject>
#include <QtPlugin>

class ForeignPlugin : public QObject
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID "org.example.ImageFilter/1")
};

#include "ForeignPlugin.moc"
