package org.statcommons.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.ServletException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;
import org.postgresql.util.PSQLException;
import org.postgresql.util.PSQLState;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

/**
 * Which failures {@link DatabaseOutageResponder} answers as "the database is unreachable" (or "the server is busy"),
 * and which it leaves alone.
 */
class DatabaseOutageResponderTests {

    @Test
    void theDatabaseOutOfReachInWhateverWrapping() {
        // the pool waited its time limit for a connection, as Spring's transaction manager reports it
        assertThat(DatabaseOutageResponder.unreachable(new CannotCreateTransactionException(
                        "Could not open JDBC Connection for transaction",
                        new SQLTransientConnectionException("statcommons - Connection is not available"))))
                .isTrue();
        assertThat(DatabaseOutageResponder.unreachable(new CannotGetJdbcConnectionException("no connection")))
                .isTrue();
        // refused, broken, or ended by a shutting-down server, deep inside a servlet exception
        assertThat(DatabaseOutageResponder.unreachable(new ServletException(new DataAccessResourceFailureException(
                        "select", new PSQLException("Connection refused", PSQLState.CONNECTION_UNABLE_TO_CONNECT)))))
                .isTrue();
        assertThat(DatabaseOutageResponder.unreachable(
                        new DataAccessResourceFailureException("select", new SQLException("terminating", "57P01"))))
                .isTrue();
        // the rollback failed on the broken connection as well: the first failure is beside the cause, not in it
        TransactionSystemException rollback =
                new TransactionSystemException("JDBC rollback failed", new SQLException("Connection is closed"));
        rollback.initApplicationException(new DataAccessResourceFailureException(
                "select", new PSQLException("An I/O error occurred", PSQLState.CONNECTION_FAILURE)));
        assertThat(DatabaseOutageResponder.unreachable(rollback)).isTrue();
    }

    @Test
    void aPoolThatWaitedWhileTheDatabaseAnsweredIsABusyServer() {
        // every connection in use: the pool's wait has no failed connection behind it
        assertThat(DatabaseOutageResponder.busy(new CannotCreateTransactionException(
                        "Could not open JDBC Connection for transaction",
                        new SQLTransientConnectionException("statcommons - Connection is not available"))))
                .isTrue();
        // the database down: the pool's wait carries the last failed connection, and its state
        PSQLException refused = new PSQLException("Connection refused", PSQLState.CONNECTION_UNABLE_TO_CONNECT);
        assertThat(DatabaseOutageResponder.busy(new CannotCreateTransactionException(
                        "Could not open JDBC Connection for transaction",
                        new SQLTransientConnectionException(
                                "statcommons - Connection is not available", refused.getSQLState(), refused))))
                .isFalse();
        assertThat(DatabaseOutageResponder.busy(
                        new DataAccessResourceFailureException("select", new SQLException("terminating", "57P01"))))
                .isFalse();
        assertThat(DatabaseOutageResponder.busy(new IllegalStateException("a bug")))
                .isFalse();
    }

    @Test
    void anythingElseIsNotTheOutagesBusiness() {
        assertThat(DatabaseOutageResponder.unreachable(new DataIntegrityViolationException(
                        "duplicate", new SQLException("duplicate key value", "23505"))))
                .isFalse();
        assertThat(DatabaseOutageResponder.unreachable(new SQLException("no state")))
                .isFalse();
        assertThat(DatabaseOutageResponder.unreachable(
                        new TransactionSystemException("commit failed", new SQLException("serialization", "40001"))))
                .isFalse();
        assertThat(DatabaseOutageResponder.unreachable(new IllegalStateException("a bug")))
                .isFalse();
    }
}
