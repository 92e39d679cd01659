package org.statcommons.outputs;

/**
 * An output to declare, as typed: its title, its page's path, the body that approves it (null: the Steering
 * Committee) and the workstream it belongs to (null: none).
 */
record NewOutput(String title, String path, Long bodyId, Long workstreamId) {}
