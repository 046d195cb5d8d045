import { useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useIdentity } from '../../auth/useIdentity';
import { Waiting } from '../../ui/Waiting';
import { ProblemView } from '../../ui/ProblemView';
import { useTitle } from '../../ui/useTitle';
import { Empty } from '../../ui/Empty';
import { command, networkPath, useNames, useNetworkJson, type BoardCard, type InitiativeStatus } from '../api';
import { Refusal } from '../Refusal';
import { APART, COLUMNS, commandBetween, nextColumn } from './moves';
import { SanctionsBadge } from './SanctionsBadge';

/**
 * The initiatives board: a column per state, a card per initiative. Cards move only through
 * the workflow's commands, by their button or by dragging to the next column; a refusal stays
 * on the card in the reader's language.
 */
export default function Board() {
  const { t } = useTranslation(['cooperation', 'codes']);
  useTitle(t('board.title'));
  const { network = '' } = useParams();
  const cards = useNetworkJson<BoardCard[]>(network, 'initiative-board');
  const members = useNames(network, 'members');
  const identity = useIdentity();
  const queries = useQueryClient();
  const [refused, setRefused] = useState<{ id: string; error: unknown }>();
  const [dragged, setDragged] = useState<BoardCard>();
  const move = useMutation({
    mutationFn: ({ card, to }: { card: BoardCard; to: InitiativeStatus }) => {
      const verb = commandBetween(card.status as InitiativeStatus, to);
      if (!verb) throw new Error(t('board.noCommand'));
      return command(networkPath(network, `initiatives/${card.id}/${verb}`), undefined, card.version);
    },
    onMutate: () => setRefused(undefined),
    onError: (error, { card }) => setRefused({ id: card.id ?? '', error }),
    onSettled: () => queries.invalidateQueries({ queryKey: [network, 'cooperation'] }),
  });

  if (cards.isPending) return <Waiting />;
  if (cards.isError) return <ProblemView error={cards.error} onRetry={() => void cards.refetch()} />;
  const canMove = identity.kind !== 'public';

  function drop(event: DragEvent, to: InitiativeStatus) {
    event.preventDefault();
    if (dragged && dragged.status !== to) move.mutate({ card: dragged, to });
    setDragged(undefined);
  }

  const renderCard = (card: BoardCard) => {
    const next = nextColumn(card.status as InitiativeStatus);
    return (
      <li key={card.id} className="card board-card" draggable={canMove} data-initiative={card.id}
        onDragStart={() => setDragged(card)} onDragEnd={() => setDragged(undefined)}>
        <h3><Link to={`/networks/${network}/initiatives/${card.id}`}>{card.title}</Link></h3>
        <p>{t('board.lead')}: <strong>{members.get(card.lead ?? '') ?? card.lead}</strong></p>
        <p>{t('board.members')}: {(card.members ?? []).map((m) => members.get(m) ?? m).join(', ')}</p>
        {(card.partners ?? []).length > 0 && (
          <p>{t('board.partners')}: {(card.partners ?? []).map((p) => `${p.partner} (${t(`orgRole.${p.role}`, { defaultValue: p.role })})`).join(', ')}</p>
        )}
        <SanctionsBadge status={card.sanctions ?? 'CLEAR'} summary={card.sanctionsSummary} />
        <p className="muted">
          {card.nextMilestone
            ? t('board.nextMilestone', { title: card.nextMilestone.title?.texts?.[card.nextMilestone.title.original ?? 'en'] ?? '', due: card.nextMilestone.due })
            : t('board.noMilestone')}
        </p>
        {canMove && next && (
          <button type="button" disabled={move.isPending} onClick={() => move.mutate({ card, to: next })}>
            {t('board.moveTo', { state: t(`status.${next}`) })}
          </button>
        )}
        {refused && refused.id === card.id && <Refusal error={refused.error} />}
      </li>
    );
  };

  const byStatus = (status: InitiativeStatus) => (cards.data ?? []).filter((c) => c.status === status);
  return (
    <section>
      <h1>{t('board.title')}</h1>
      <p className="muted">{canMove ? t('board.howToMove') : t('board.readOnly')}</p>
      {(cards.data ?? []).length === 0 && <Empty title={t("board.empty")}>{t("board.emptyDetail")}</Empty>}
      <div className="board" role="list" aria-label={t('board.title')}>
        {COLUMNS.map((status) => (
          <section key={status} className="board-column" role="listitem" aria-labelledby={`column-${status}`}
            data-column={status} onDragOver={(e) => canMove && e.preventDefault()} onDrop={(e) => drop(e, status)}>
            <h2 id={`column-${status}`}>{t(`status.${status}`)} <span className="muted">({byStatus(status).length})</span></h2>
            <ul className="board-cards">{byStatus(status).map(renderCard)}</ul>
          </section>
        ))}
      </div>
      <h2>{t('board.apart')}</h2>
      <div className="board board-apart">
        {APART.map((status) => (
          <section key={status} className="board-column" aria-labelledby={`column-${status}`} data-column={status}>
            <h3 id={`column-${status}`}>{t(`status.${status}`)} <span className="muted">({byStatus(status).length})</span></h3>
            <ul className="board-cards">{byStatus(status).map(renderCard)}</ul>
          </section>
        ))}
      </div>
    </section>
  );
}
