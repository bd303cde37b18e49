#include "storewriter_p.h"

namespace linkscope::store {

StoreWriter::StoreWriter(QSqlDatabase db) : d(std::make_unique<Private>(std::move(db)))
{
    d->prepare();
}

StoreWriter::~StoreWriter() = default;

const QSet<QString> &StoreWriter::freshIds() const
{
    return d->newIds;
}

void StoreWriter::clearCaches()
{
    d->forgetCaches();
}

} // namespace linkscope::store
