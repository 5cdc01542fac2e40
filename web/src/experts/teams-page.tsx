import { DeploymentsList } from './deployments-list';
import type { CountryNames } from './ex-names';
import { useSteadyFetch } from './ex-parts';
import type { ExpertsNavigate } from './experts-page';
import type { Deployment } from './experts.types';
import type { ExpertsUrlState } from './experts-url';
import { TeamBuilder } from './team-builder';

/** The team builder above the deployments and their activity logs (both read the same list). */
export function TeamsPage(props: {
  state: ExpertsUrlState;
  navigate: ExpertsNavigate;
  names: CountryNames;
}) {
  const deployments = useSteadyFetch<{ deployments: Deployment[] }>('/api/deployments');
  const list = deployments.state.status === 'ok' ? deployments.state.data.deployments : [];
  return (
    <div className="ex-stack">
      <TeamBuilder
        deployments={list}
        names={props.names}
        onCreated={(id) => {
          props.navigate({ deployment: id });
          deployments.reload();
        }}
      />
      <DeploymentsList
        state={deployments.state}
        reload={deployments.reload}
        open={props.state.deployment}
        onOpen={(id) => props.navigate({ deployment: id })}
        names={props.names}
      />
    </div>
  );
}
