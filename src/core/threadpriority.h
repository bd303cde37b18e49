#pragma once

namespace linkscope {

// The calling thread gives way whenever another wants the CPU (Linux: nice
// 19, about a seventieth of a normal thread's share), and takes what they
// leave: work that may lag, such as building the history's tables behind
// the intake log. Elsewhere it does nothing.
void yieldCpuToOtherThreads();

} // namespace linkscope
