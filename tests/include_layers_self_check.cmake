# IncludeLayersCatchesAnUpwardInclude: copies core/ and ui/, adds one include that points up (the
# replica including the publisher), and expects include_layers.cmake to refuse the copy, naming it.
file(REMOVE_RECURSE ${WORK_DIR})
file(COPY ${SOURCE_DIR}/core ${SOURCE_DIR}/ui DESTINATION ${WORK_DIR})
file(READ ${WORK_DIR}/core/store/ModuleStore.h header)
file(WRITE ${WORK_DIR}/core/store/ModuleStore.h "#include \"registry/Publisher.h\"\n${header}")
execute_process(COMMAND ${CMAKE_COMMAND} -DROOT=${WORK_DIR} -P ${CHECK}
                RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE out)
file(REMOVE_RECURSE ${WORK_DIR})
if(rc EQUAL 0)
  message(FATAL_ERROR "include_layers.cmake accepted core/store including registry/Publisher.h")
endif()
if(NOT out MATCHES "core/store/ModuleStore.h \\(store, layer 6\\) includes registry/")
  message(FATAL_ERROR "include_layers.cmake refused the copy, but not for the upward include:\n${out}")
endif()
message(STATUS "An upward include is refused: ${out}")
