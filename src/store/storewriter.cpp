#include "storewriter_p.h"

namespace linkscope::store {

StoreWriter::StoreWriter(QSqlDatabase db, CacheLimits limits)
    : d(std::make_unique<Private>(std::move(db), limits))
{
    d->prepare();
}

StoreWriter::~StoreWriter() = default;

Result<bool> StoreWriter::beginGroup()
{
    return d->beginGroup();
}

Result<bool> StoreWriter::commitGroup()
{
    return d->commitGroup();
}

void StoreWriter::rollbackGroup()
{
    d->rollbackGroup();
}

bool StoreWriter::inGroup() const
{
    return d->grouped;
}

const QSet<QString> &StoreWriter::freshIds() const
{
    return d->newIds;
}

qsizetype StoreWriter::cachedRows() const
{
    return d->devices.size() + d->attributes.size() + d->products.size();
}

void StoreWriter::clearCaches()
{
    d->forgetCaches();
}

} // namespace linkscope::store
