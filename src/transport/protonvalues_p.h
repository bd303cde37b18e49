#pragma once

// Proton's C values as Qt text and numbers, for the AMQP subscriber only
// (a private header: Proton's types stay out of the public ones).

#include <QString>

#include <proton/codec.h>
#include <proton/condition.h>

namespace linkscope::transport {

// Any AMQP scalar as text: the cloud's messageId may be a string or a
// number. Null (and anything that is not a scalar) is no text at all.
QString atomText(const pn_atom_t &a);
qint64 atomInt(const pn_atom_t &a);
// "name: description" of an error condition, or empty when none is set.
QString conditionText(pn_condition_t *c);
bool isUnauthorized(pn_condition_t *c);

} // namespace linkscope::transport
