# Fails when a string marked with tr() in the sources is missing from translations/modreg_de.ts,
# or holds one the sources no longer have: run the update_translations target and commit the .ts.
# (Which strings must be translated is TestTranslations' business.)
file(REMOVE_RECURSE ${WORK_DIR})
file(MAKE_DIRECTORY ${WORK_DIR})
file(COPY ${SOURCE_DIR}/translations/modreg_de.ts DESTINATION ${WORK_DIR})
execute_process(
  COMMAND ${LUPDATE} -no-obsolete -locations none ${SOURCE_DIR}/core ${SOURCE_DIR}/ui ${SOURCE_DIR}/app
          -ts ${WORK_DIR}/modreg_de.ts
  RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE out)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "lupdate failed: ${out}")
endif()
file(READ ${SOURCE_DIR}/translations/modreg_de.ts committed)
file(READ ${WORK_DIR}/modreg_de.ts fresh)
if(NOT committed STREQUAL fresh)
  message(FATAL_ERROR "translations/modreg_de.ts is out of date with the sources. Run "
          "'cmake --build build --target update_translations', translate the new strings and commit. "
          "lupdate said: ${out}")
endif()
message(STATUS "translations/modreg_de.ts is in sync with the sources")
