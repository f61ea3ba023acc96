# 重大舆情话题（第十条）：留言转交相关部门处理；草稿不因此改变审核层级。
@category public_opinion
@draft    note
@comment  forward
@severity medium
@article  第十条
@message  涉及群众关切的舆情话题“{term}”，转交相关部门办理

@forward_to 县人力资源和社会保障局
拖欠工资
欠薪
讨薪
农民工工资
工资被拖欠
拖欠我们
拖欠农民工
欠工资
不发工资
讨要工资
克扣工资
工钱
@forward_to 县住房和城乡建设局
拖欠工程款
物业纠纷
物业费
物业公司
停车费
@forward_to 县自然资源局
征地拆迁
征地补偿
强拆
拆迁
拆迁款
拆迁补偿
补偿款
强行拆除
@forward_to 县生态环境局
环境污染
污染环境
排污
偷排
黑烟
噪音扰民
水污染
大气污染
土壤污染
油烟污染
被污染
污染了
粉尘
排进河
臭气熏天
@forward_to 县卫生健康局
医疗纠纷
医患纠纷
@forward_to 县市场监督管理局
食品安全
假冒伪劣
过期食品
乱收费
@forward_to 县信访局
集体上访
越级上访
@forward_to 县教育体育局
校园欺凌
