using Inkwell.Worker.Data;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Inkwell.Migrations.Sqlite.Worker
{
    /// <summary>
    /// The tables Quartz's ADO job store reads and writes (SQLite), under the worker's prefix <c>worker_qrtz_</c>. They are
    /// Quartz's, not the worker's model, so they are written here as SQL rather than mapped; Quartz checks at start-up
    /// that every table and column it needs is present (docs/decisions/0011). SQLite enforces no foreign keys unless asked, so triggers delete a trigger's schedule rows with it.
    /// </summary>
    [DbContext(typeof(WorkerDbContext))]
    [Migration("20261124090500_QuartzTables")]
    public partial class QuartzTables : Migration
    {
        private static readonly string[] Create =
        [
        """
        CREATE TABLE worker_qrtz_job_details (
            sched_name TEXT NOT NULL,
            job_name TEXT NOT NULL,
            job_group TEXT NOT NULL,
            description TEXT NULL,
            job_class_name TEXT NOT NULL,
            is_durable BIT NOT NULL,
            is_nonconcurrent BIT NOT NULL,
            is_update_data BIT NOT NULL,
            requests_recovery BIT NOT NULL,
            job_data BLOB NULL,
            PRIMARY KEY (sched_name, job_name, job_group)
        )
        """,
        """
        CREATE TABLE worker_qrtz_triggers (
            sched_name TEXT NOT NULL,
            trigger_name TEXT NOT NULL,
            trigger_group TEXT NOT NULL,
            job_name TEXT NOT NULL,
            job_group TEXT NOT NULL,
            description TEXT NULL,
            next_fire_time BIGINT NULL,
            prev_fire_time BIGINT NULL,
            priority INTEGER NULL,
            trigger_state TEXT NOT NULL,
            trigger_type TEXT NOT NULL,
            start_time BIGINT NOT NULL,
            end_time BIGINT NULL,
            calendar_name TEXT NULL,
            misfire_instr INTEGER NULL,
            misfire_orig_fire_time BIGINT NULL,
            execution_group TEXT NULL,
            preferred_node TEXT NULL,
            preferred_node_auto BIT NOT NULL DEFAULT 0,
            retry_policy TEXT NULL,
            retry_attempt INTEGER NULL,
            continues_trigger_name TEXT NULL,
            continues_trigger_group TEXT NULL,
            continuation_condition INTEGER NULL,
            overlap_policy INTEGER NULL,
            pause_reason TEXT NULL,
            paused_by TEXT NULL,
            paused_at BIGINT NULL,
            misfire_threshold BIGINT NULL,
            fixed_delay BIT NULL,
            job_data BLOB NULL,
            PRIMARY KEY (sched_name, trigger_name, trigger_group),
            FOREIGN KEY (sched_name, job_name, job_group) REFERENCES worker_qrtz_job_details (sched_name, job_name, job_group)
        )
        """,
        """
        CREATE TABLE worker_qrtz_simple_triggers (
            sched_name TEXT NOT NULL,
            trigger_name TEXT NOT NULL,
            trigger_group TEXT NOT NULL,
            repeat_count BIGINT NOT NULL,
            repeat_interval BIGINT NOT NULL,
            times_triggered BIGINT NOT NULL,
            PRIMARY KEY (sched_name, trigger_name, trigger_group),
            FOREIGN KEY (sched_name, trigger_name, trigger_group) REFERENCES worker_qrtz_triggers (sched_name, trigger_name, trigger_group) ON DELETE CASCADE
        )
        """,
        """
        CREATE TABLE worker_qrtz_cron_triggers (
            sched_name TEXT NOT NULL,
            trigger_name TEXT NOT NULL,
            trigger_group TEXT NOT NULL,
            cron_expression TEXT NOT NULL,
            time_zone_id TEXT NULL,
            PRIMARY KEY (sched_name, trigger_name, trigger_group),
            FOREIGN KEY (sched_name, trigger_name, trigger_group) REFERENCES worker_qrtz_triggers (sched_name, trigger_name, trigger_group) ON DELETE CASCADE
        )
        """,
        """
        CREATE TABLE worker_qrtz_simprop_triggers (
            sched_name TEXT NOT NULL,
            trigger_name TEXT NOT NULL,
            trigger_group TEXT NOT NULL,
            str_prop_1 TEXT NULL,
            str_prop_2 TEXT NULL,
            str_prop_3 TEXT NULL,
            int_prop_1 INTEGER NULL,
            int_prop_2 INTEGER NULL,
            long_prop_1 BIGINT NULL,
            long_prop_2 BIGINT NULL,
            dec_prop_1 NUMERIC NULL,
            dec_prop_2 NUMERIC NULL,
            bool_prop_1 BIT NULL,
            bool_prop_2 BIT NULL,
            time_zone_id TEXT NULL,
            PRIMARY KEY (sched_name, trigger_name, trigger_group),
            FOREIGN KEY (sched_name, trigger_name, trigger_group) REFERENCES worker_qrtz_triggers (sched_name, trigger_name, trigger_group) ON DELETE CASCADE
        )
        """,
        """
        CREATE TABLE worker_qrtz_blob_triggers (
            sched_name TEXT NOT NULL,
            trigger_name TEXT NOT NULL,
            trigger_group TEXT NOT NULL,
            blob_data BLOB NULL,
            PRIMARY KEY (sched_name, trigger_name, trigger_group),
            FOREIGN KEY (sched_name, trigger_name, trigger_group) REFERENCES worker_qrtz_triggers (sched_name, trigger_name, trigger_group) ON DELETE CASCADE
        )
        """,
        """
        CREATE TABLE worker_qrtz_calendars (
            sched_name TEXT NOT NULL,
            calendar_name TEXT NOT NULL,
            calendar BLOB NOT NULL,
            PRIMARY KEY (sched_name, calendar_name)
        )
        """,
        """
        CREATE TABLE worker_qrtz_paused_trigger_grps (
            sched_name TEXT NOT NULL,
            trigger_group TEXT NOT NULL,
            pause_reason TEXT NULL,
            paused_by TEXT NULL,
            paused_at BIGINT NULL,
            PRIMARY KEY (sched_name, trigger_group)
        )
        """,
        """
        CREATE TABLE worker_qrtz_paused_job_grps (
            sched_name TEXT NOT NULL,
            job_group TEXT NOT NULL,
            pause_reason TEXT NULL,
            paused_by TEXT NULL,
            paused_at BIGINT NULL,
            PRIMARY KEY (sched_name, job_group)
        )
        """,
        """
        CREATE TABLE worker_qrtz_fired_triggers (
            sched_name TEXT NOT NULL,
            entry_id TEXT NOT NULL,
            trigger_name TEXT NOT NULL,
            trigger_group TEXT NOT NULL,
            instance_name TEXT NOT NULL,
            fired_time BIGINT NOT NULL,
            sched_time BIGINT NOT NULL,
            priority INTEGER NOT NULL,
            state TEXT NOT NULL,
            job_name TEXT NULL,
            job_group TEXT NULL,
            is_nonconcurrent BIT NOT NULL,
            requests_recovery BIT NULL,
            execution_group TEXT NULL,
            progress INTEGER NULL,
            progress_message TEXT NULL,
            interrupt_requested_time BIGINT NULL,
            PRIMARY KEY (sched_name, entry_id)
        )
        """,
        """
        CREATE TABLE worker_qrtz_scheduler_state (
            sched_name TEXT NOT NULL,
            instance_name TEXT NOT NULL,
            last_checkin_time BIGINT NOT NULL,
            checkin_interval BIGINT NOT NULL,
            quartz_version TEXT NULL,
            PRIMARY KEY (sched_name, instance_name)
        )
        """,
        """
        CREATE TABLE worker_qrtz_locks (
            sched_name TEXT NOT NULL,
            lock_name TEXT NOT NULL,
            PRIMARY KEY (sched_name, lock_name)
        )
        """,
        """
        CREATE TABLE worker_qrtz_execution_history (
            sched_name TEXT NOT NULL,
            entry_id TEXT NOT NULL,
            instance_name TEXT NOT NULL,
            job_name TEXT NOT NULL,
            job_group TEXT NOT NULL,
            trigger_name TEXT NOT NULL,
            trigger_group TEXT NOT NULL,
            fired_time BIGINT NOT NULL,
            run_time BIGINT NOT NULL,
            succeeded BIT NOT NULL,
            error_message TEXT NULL,
            retry_attempt INTEGER NOT NULL DEFAULT 0,
            retry_scheduled BIT NOT NULL DEFAULT 0,
            execution_log TEXT NULL,
            result INTEGER NULL,
            summary TEXT NULL,
            metrics TEXT NULL,
            manual BIT NULL,
            fire_instance_id TEXT NULL,
            job_input TEXT NULL,
            job_input_too_large BIT NULL,
            PRIMARY KEY (sched_name, entry_id)
        )
        """,
        """
        CREATE TABLE worker_qrtz_misfire_history (
            sched_name TEXT NOT NULL,
            entry_id TEXT NOT NULL,
            instance_name TEXT NOT NULL,
            trigger_name TEXT NOT NULL,
            trigger_group TEXT NOT NULL,
            job_name TEXT NULL,
            job_group TEXT NULL,
            misfire_time BIGINT NOT NULL,
            sched_time BIGINT NULL,
            reason INTEGER NULL,
            PRIMARY KEY (sched_name, entry_id)
        )
        """,
        """
        CREATE TABLE worker_qrtz_job_status (
            sched_name TEXT NOT NULL,
            job_group TEXT NOT NULL,
            job_name TEXT NOT NULL,
            first_fired_time BIGINT NOT NULL,
            last_fired_time BIGINT NOT NULL,
            last_result INTEGER NOT NULL,
            last_run_time BIGINT NOT NULL,
            last_instance_name TEXT NOT NULL,
            last_entry_id TEXT NULL,
            last_summary TEXT NULL,
            last_success_time BIGINT NULL,
            last_failure_time BIGINT NULL,
            last_failure_message TEXT NULL,
            consecutive_failures INTEGER NOT NULL DEFAULT 0,
            run_count BIGINT NOT NULL DEFAULT 0,
            failure_count BIGINT NOT NULL DEFAULT 0,
            PRIMARY KEY (sched_name, job_group, job_name)
        )
        """,
        """
        CREATE TRIGGER worker_qrtz_delete_simple_triggers DELETE ON worker_qrtz_triggers
        BEGIN
            DELETE FROM worker_qrtz_simple_triggers WHERE sched_name = OLD.sched_name AND trigger_name = OLD.trigger_name AND trigger_group = OLD.trigger_group;
        END
        """,
        """
        CREATE TRIGGER worker_qrtz_delete_simprop_triggers DELETE ON worker_qrtz_triggers
        BEGIN
            DELETE FROM worker_qrtz_simprop_triggers WHERE sched_name = OLD.sched_name AND trigger_name = OLD.trigger_name AND trigger_group = OLD.trigger_group;
        END
        """,
        """
        CREATE TRIGGER worker_qrtz_delete_cron_triggers DELETE ON worker_qrtz_triggers
        BEGIN
            DELETE FROM worker_qrtz_cron_triggers WHERE sched_name = OLD.sched_name AND trigger_name = OLD.trigger_name AND trigger_group = OLD.trigger_group;
        END
        """,
        """
        CREATE TRIGGER worker_qrtz_delete_blob_triggers DELETE ON worker_qrtz_triggers
        BEGIN
            DELETE FROM worker_qrtz_blob_triggers WHERE sched_name = OLD.sched_name AND trigger_name = OLD.trigger_name AND trigger_group = OLD.trigger_group;
        END
        """,
        """
        CREATE INDEX idx_worker_qrtz_j_g_n ON worker_qrtz_job_details (sched_name, job_group, job_name)
        """,
        """
        CREATE INDEX idx_worker_qrtz_t_j ON worker_qrtz_triggers (sched_name, job_name, job_group)
        """,
        """
        CREATE INDEX idx_worker_qrtz_t_g_n ON worker_qrtz_triggers (sched_name, trigger_group, trigger_name)
        """,
        """
        CREATE INDEX idx_worker_qrtz_t_c ON worker_qrtz_triggers (sched_name, calendar_name)
        """,
        """
        CREATE INDEX idx_worker_qrtz_t_nft_st ON worker_qrtz_triggers (sched_name, trigger_state, next_fire_time, priority DESC, misfire_instr)
        """,
        """
        CREATE INDEX idx_worker_qrtz_ft_inst_job_req_rcvry ON worker_qrtz_fired_triggers (sched_name, instance_name, requests_recovery)
        """,
        """
        CREATE INDEX idx_worker_qrtz_ft_j_g ON worker_qrtz_fired_triggers (sched_name, job_name, job_group)
        """,
        """
        CREATE INDEX idx_worker_qrtz_ft_t_g ON worker_qrtz_fired_triggers (sched_name, trigger_name, trigger_group)
        """,
        """
        CREATE INDEX idx_worker_qrtz_eh_fired_time ON worker_qrtz_execution_history (sched_name, fired_time)
        """,
        """
        CREATE INDEX idx_worker_qrtz_eh_inst ON worker_qrtz_execution_history (sched_name, instance_name)
        """,
        """
        CREATE INDEX idx_worker_qrtz_eh_job_time ON worker_qrtz_execution_history (sched_name, job_group, job_name, fired_time)
        """,
        """
        CREATE INDEX idx_worker_qrtz_eh_fire_inst ON worker_qrtz_execution_history (sched_name, fire_instance_id)
        """,
        """
        CREATE INDEX idx_worker_qrtz_eh_trig_time ON worker_qrtz_execution_history (sched_name, trigger_group, trigger_name, fired_time)
        """,
        """
        CREATE INDEX idx_worker_qrtz_mh_misfire_time ON worker_qrtz_misfire_history (sched_name, misfire_time)
        """,
        """
        CREATE INDEX idx_worker_qrtz_mh_inst ON worker_qrtz_misfire_history (sched_name, instance_name)
        """,
        ];

        private static readonly string[] Tables =
        [
            "worker_qrtz_job_status", "worker_qrtz_misfire_history", "worker_qrtz_execution_history", "worker_qrtz_locks", "worker_qrtz_scheduler_state", "worker_qrtz_fired_triggers", "worker_qrtz_paused_job_grps", "worker_qrtz_paused_trigger_grps", "worker_qrtz_calendars", "worker_qrtz_blob_triggers", "worker_qrtz_simprop_triggers", "worker_qrtz_cron_triggers", "worker_qrtz_simple_triggers", "worker_qrtz_triggers", "worker_qrtz_job_details",
        ];

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            foreach (var statement in Create)
            {
                migrationBuilder.Sql(statement);
            }
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            foreach (var table in Tables)
            {
                migrationBuilder.Sql($"DROP TABLE {table}");
            }
        }
    }
}
