# Fails when a user-visible string in src/ has no Chinese translation.
# Runs lupdate over the sources into a copy of the .ts file, so strings added
# since the file was last updated count too.
file(COPY_FILE "${SRC}/translations/linkscope_zh_CN.ts" "${OUT}")
execute_process(COMMAND "${LUPDATE}" -silent "${SRC}/src" "${SRC}/ui" -ts "${OUT}" RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "lupdate failed (${rc})")
endif()
file(READ "${OUT}" ts)
string(REGEX MATCHALL "<source>[^<]*</source>[ \t\r\n]*<translation type=\"unfinished\"" missing "${ts}")
list(LENGTH missing count)
if(count GREATER 0)
    string(REGEX REPLACE "[ \t\r\n]*<translation type=\"unfinished\"" "" missing "${missing}")
    string(REPLACE ";" "\n  " missing "${missing}")
    message(FATAL_ERROR "${count} string(s) lack a zh_CN translation "
                        "(run lupdate src -ts translations/linkscope_zh_CN.ts and translate):\n  ${missing}")
endif()
message(STATUS "zh_CN translation complete")
