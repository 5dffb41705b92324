# Imports and compiles the PETRARCH2/Phoenix dictionaries for the accuracy floor that scores with
# them. Never fails itself: when the import fails the floor fails, naming the missing file.
# Arguments: -DDYAD=<dyad binary> -DSHARED=<../shared> -DOUT=<folder>
if(NOT EXISTS "${SHARED}/reference/petrarch2")
  message(STATUS "${SHARED}/reference/petrarch2 is absent: nothing to import")
  return()
endif()
file(REMOVE_RECURSE "${OUT}")
execute_process(COMMAND "${DYAD}" kb import-petrarch "${SHARED}/reference/petrarch2" -o "${OUT}/data"
                        --compile "${OUT}/petrarch.dkb"
                RESULT_VARIABLE rc)
message(STATUS "dyad kb import-petrarch exited with ${rc}")
